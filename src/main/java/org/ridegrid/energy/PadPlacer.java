package org.ridegrid.energy;

import java.util.ArrayList;
import java.util.List;

import org.ridegrid.city.CellWeights;
import org.ridegrid.city.GridCity;
import org.ridegrid.scenario.ChargingSpec;
import org.ridegrid.scenario.PadLocation;
import org.ridegrid.util.AliasTable;

import ec.util.MersenneTwisterFast;

/** Places the scenario's pads on the grid: uniformly, weighted toward homes, or at listed cells. */
public final class PadPlacer {
    private PadPlacer() {
    }

    public static List<ChargingPad> place(ChargingSpec spec, GridCity city, MersenneTwisterFast random) {
        List<ChargingPad> pads = new ArrayList<>();
        switch (spec.placement()) {
            case EXPLICIT -> {
                for (PadLocation location : spec.explicitPads()) {
                    pads.add(new ChargingPad(pads.size(), city.cell(location.x(), location.y()),
                            location.places(), location.powerKw()));
                }
            }
            case UNIFORM, RESIDENTIAL -> {
                if (spec.padCount() == 0) {
                    return pads;
                }
                double[] weights = spec.placement() == org.ridegrid.scenario.Placement.UNIFORM
                        ? CellWeights.uniform(city) : CellWeights.residential(city);
                AliasTable table = new AliasTable(weights);
                for (int i = 0; i < spec.padCount(); i++) {
                    pads.add(new ChargingPad(i, table.sample(random), spec.placesPerPad(), spec.powerKw()));
                }
            }
            default -> throw new IllegalArgumentException("pads cannot be placed by '" + spec.placement().key() + "'");
        }
        return pads;
    }
}
