package org.ridegrid.gui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;

import javax.swing.JComponent;

/** The side panel of the city window: clock, numbers so far and legend, repainted at every frame. */
final class InfoPanel extends JComponent implements FrameTick.Sink {
    private static final long serialVersionUID = 1L;

    private final transient InfoPainter painter;
    private volatile Headline headline;

    InfoPanel(InfoPainter painter) {
        this.painter = painter;
        setPreferredSize(new Dimension(InfoPainter.WIDTH, InfoPainter.HEIGHT));
    }

    /** Clears the panel for a new run. */
    void clear() {
        headline = null;
        repaint();
    }

    @Override
    public void frame(Headline latest, LiveEvents events) {
        headline = latest;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        painter.paint((Graphics2D) graphics, headline, 0, 0);
    }
}
