package org.ridegrid;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

import org.ridegrid.scenario.ChargingSpec;
import org.ridegrid.scenario.CitySpec;
import org.ridegrid.scenario.CostSpec;
import org.ridegrid.scenario.DemandSpec;
import org.ridegrid.scenario.DispatchSpec;
import org.ridegrid.scenario.FareSpec;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.scenario.FleetSpec;
import org.ridegrid.scenario.HourProfile;
import org.ridegrid.scenario.MarketSpec;
import org.ridegrid.scenario.OperatorSpec;
import org.ridegrid.scenario.OutOfAreaSpec;
import org.ridegrid.scenario.OutputSpec;
import org.ridegrid.scenario.PadLocation;
import org.ridegrid.scenario.Placement;
import org.ridegrid.scenario.RepositioningSpec;
import org.ridegrid.scenario.Scenario;
import org.ridegrid.scenario.SurgeSpec;
import org.ridegrid.scenario.TripLengthSpec;
import org.ridegrid.scenario.ZoneSpec;

/** Small scenarios built in code, so model tests do not depend on the YAML loader. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static HourProfile flat(double value) {
        double[] values = new double[24];
        Arrays.fill(values, value);
        return new HourProfile(values);
    }

    /** One zone at 12 mph everywhere, no congestion: a cell of 0.25 miles takes exactly 75 s. */
    public static CitySpec uniformCity(int width, int height) {
        return new CitySpec(width, height, 0.25,
                List.of(new ZoneSpec("all", Double.POSITIVE_INFINITY, 1, 1, 1, 12)), flat(1), flat(1));
    }

    public static CitySpec zonedCity(int width, int height) {
        return new CitySpec(width, height, 0.25, List.of(
                new ZoneSpec("core", 1.0, 6, 8, 1, 12),
                new ZoneSpec("inner", 2.0, 3, 3, 3, 18),
                new ZoneSpec("edge", Double.POSITIVE_INFINITY, 1, 1, 4, 30)),
                new HourProfile(new double[] {1, 1, 1, 1, 1, 1, 0.9, 0.65, 0.6, 0.8, 0.9, 0.9, 0.85, 0.85, 0.9, 0.85,
                        0.7, 0.6, 0.65, 0.8, 0.95, 1, 1, 1}),
                flat(1));
    }

    public static DemandSpec demand(double requestsPerDay) {
        return new DemandSpec(requestsPerDay,
                new HourProfile(new double[] {0.9, 0.6, 0.4, 0.3, 0.35, 0.8, 2.2, 4.6, 5.8, 4.4, 3.6, 3.7, 4.0, 4.0, 4.1,
                        4.6, 5.6, 6.4, 6.2, 5.0, 4.0, 3.4, 2.6, 1.6}),
                flat(1), new double[] {1, 1, 1, 1, 1.1, 0.9, 0.8},
                new TripLengthSpec("lognormal", 1.5, 1.0, 4.0), 10, noOutOfArea());
    }

    /** Returns the loader's default, in which no trip leaves the grid. */
    public static OutOfAreaSpec noOutOfArea() {
        return new OutOfAreaSpec(0, 15, 10, 60);
    }

    /** Returns the loader's default fleet costs. */
    public static CostSpec defaultCosts() {
        return new CostSpec(30000, 0.10, 5, 0.15);
    }

    /** Returns the loader's default operator: fares of 2 $ + 2 $/mile + 0.3 $/minute, at least 7 $, and no surge. */
    public static OperatorSpec defaultOperator() {
        return new OperatorSpec("default", 1, new FareSpec(2, 2, 0.3, 7, 0, 2, 0, 2),
                new SurgeSpec(false, 1, 0.5, 3, 1));
    }

    /** Builds a cybercab fleet of the default operator, with the loader's default costs. */
    public static FleetSpec cybercabFleet(String name, int vehicles, double socShare, double socSpread, Placement placement) {
        return new FleetSpec(name, FleetKind.CYBERCAB, vehicles, 2, 35, 0.15, socShare, socSpread, placement,
                "default", defaultCosts(), null, null);
    }

    public static FleetSpec cybercabs(int vehicles) {
        return cybercabFleet("cab", vehicles, 0.8, 0.15, Placement.RESIDENTIAL);
    }

    /** Builds a scenario with one default operator, share-based market and no depots, as the loader's defaults. */
    public static Scenario scenario(String name, long seed, int days, CitySpec city, DemandSpec demand,
            List<FleetSpec> fleets, ChargingSpec charging, DispatchSpec dispatch, RepositioningSpec repositioning,
            OutputSpec output) {
        return new Scenario(name, "", seed, days, DayOfWeek.MONDAY, city, demand, fleets, charging, dispatch,
                repositioning, output, List.of(defaultOperator()), new MarketSpec("shares"), List.of());
    }

    public static ChargingSpec explicitPads(List<PadLocation> pads) {
        return new ChargingSpec(Placement.EXPLICIT, 0, 2, 11, pads, 0.05, 0.0, 0.2, 0.9, 0.6, 20, 5, 6, 0.05);
    }

    public static ChargingSpec residentialPads(int count, int places, double powerKw) {
        return new ChargingSpec(Placement.RESIDENTIAL, count, places, powerKw, List.of(), 0.05, 0.0, 0.2, 0.9, 0.6,
                20, 5, 6, 0.05);
    }

    /** A 12 x 12 city with three zones, 20 cybercabs, 4 residential pads of 2 places and 600 requests a day. */
    public static Scenario tiny(long seed, int days) {
        return scenario("tiny", seed, days, zonedCity(12, 12), demand(600),
                List.of(cybercabs(20)), residentialPads(4, 2, 11), new DispatchSpec("nearest", 10),
                new RepositioningSpec("zone_balance", 15, 30, 0.2), new OutputSpec(true));
    }

    public static Scenario with(Scenario base, List<FleetSpec> fleets, ChargingSpec charging, DemandSpec demand) {
        return new Scenario(base.name(), base.description(), base.seed(), base.days(), base.startWeekday(),
                base.city(), demand, fleets, charging, base.dispatch(), base.repositioning(), base.output(),
                base.operators(), base.market(), base.depots());
    }
}
