package org.ridegrid.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;

import javax.swing.JFrame;

import org.ridegrid.model.RideGridModel;

import sim.display.Controller;
import sim.display.Display2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The windows of the live view: the city display with its side panel, and the two chart windows,
 * all registered with the Console so that its Displays tab can show and hide them.
 */
final class GuiWindows implements FrameTick.Sink {
    private final Display2D display;
    private final JFrame displayFrame;
    private final InfoPanel infoPanel;
    private final LiveCharts charts;

    GuiWindows(RideGridWithUI gui, Controller controller) {
        RideGridModel model = gui.model();
        int cell = ViewScale.cellPixels(model.city());
        display = new FrameDisplay(model.city().width() * cell, model.city().height() * cell, gui, gui.frameSeconds());
        display.setBackdrop(ViewColors.BACKDROP);
        String[] names = {"Zones", "Depots", "Pads", "Riders", "Vehicles"};
        List<FieldPortrayal2D> layers = gui.scene().layers();
        for (int i = 0; i < layers.size(); i++) {
            display.attach(layers.get(i), names[i]);
        }

        gui.scene().showCity(model.city());

        displayFrame = display.createFrame();
        displayFrame.setTitle("RideGrid: " + model.scenario().name());
        infoPanel = new InfoPanel(CitySnapshot.infoPainter(model));
        displayFrame.getContentPane().add(infoPanel, BorderLayout.EAST);
        displayFrame.pack();
        // pack() leaves the scroll pane a little smaller than the city: grow the frame by the difference.
        Dimension visible = display.display.getViewport().getExtentSize();
        Dimension city = display.insideDisplay.getPreferredSize();
        displayFrame.setSize(displayFrame.getWidth() + Math.max(0, city.width - visible.width),
                displayFrame.getHeight() + Math.max(0, city.height - visible.height));
        displayFrame.setLocation(0, 0);
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new LiveCharts(model.scenario().name());
        int y = 0;
        for (JFrame frame : charts.frames()) {
            frame.setLocation(displayFrame.getWidth(), y);
            y += frame.getHeight();
            controller.registerFrame(frame);
            frame.setVisible(true);
        }
        gui.addSink(this);
    }

    JFrame displayFrame() {
        return displayFrame;
    }

    List<JFrame> chartFrames() {
        return charts.frames();
    }

    /** Empties the panel and charts; called before a new run starts. */
    void beforeStart() {
        infoPanel.clear();
        charts.clear();
    }

    /** Points the display at the new run's scene. */
    void afterStart() {
        display.reset();
        display.repaint();
    }

    @Override
    public void frame(Headline headline, LiveEvents events) {
        infoPanel.frame(headline, events);
        charts.frame(headline, events);
    }

    void quit() {
        displayFrame.dispose();
        for (JFrame frame : charts.frames()) {
            frame.dispose();
        }
    }

    /**
     * The city display, set to redraw once per frame interval of simulated time, which is when the
     * frame tick has moved the scene. The rule can be changed in the display's options.
     */
    private static final class FrameDisplay extends Display2D {
        private static final long serialVersionUID = 1L;

        FrameDisplay(double width, double height, RideGridWithUI gui, double frameSeconds) {
            super(width, height, gui);
            updateRule = UPDATE_RULE_INTERNAL_TIME;
            timeInterval = frameSeconds;
        }
    }
}
