package org.ridegrid.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ridegrid.city.CellIndex;
import org.ridegrid.city.CellWeights;
import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.PoissonArrivals;
import org.ridegrid.model.Vehicle;
import org.ridegrid.scenario.RepositioningSpec;
import org.ridegrid.util.AliasTable;

import ec.util.MersenneTwisterFast;

/**
 * Zone balance, after the relocation rule of Fagnant and Kockelman (2014, Transportation Research
 * Part C 40): each round compares, zone by zone, the requests expected over the lookahead window
 * with the idle vehicles there, and moves idle vehicles from the zones with the largest surplus to
 * those with the largest deficit, at most a set share of the idle fleet per round. A vehicle moves
 * to a cell of the target zone drawn by demand weight, and only if it gets there within the
 * lookahead window and its fleet's rules allow the move (service area, energy, a lent car's deadline).
 */
public final class ZoneBalanceRepositioning implements RepositioningPolicy {
    private final GridCity city;
    private final SimCalendar calendar;
    private final CellIndex<Vehicle> idleVehicles;
    private final PoissonArrivals arrivals;
    private final RepositioningSpec spec;
    private final MersenneTwisterFast random;
    private final int zoneCount;
    private final int[][] cellsOfZone;
    private final double[] demandShare;
    private final AliasTable[] targetCells;

    public ZoneBalanceRepositioning(GridCity city, SimCalendar calendar, CellIndex<Vehicle> idleVehicles,
            PoissonArrivals arrivals, RepositioningSpec spec, MersenneTwisterFast random) {
        this.city = city;
        this.calendar = calendar;
        this.idleVehicles = idleVehicles;
        this.arrivals = arrivals;
        this.spec = spec;
        this.random = random;
        this.zoneCount = city.zones().size();
        double[] weights = CellWeights.origins(city, arrivals.demand());
        int[] sizes = new int[zoneCount];
        for (int cell = 0; cell < city.cellCount(); cell++) {
            sizes[city.zoneOf(cell)]++;
        }
        cellsOfZone = new int[zoneCount][];
        for (int z = 0; z < zoneCount; z++) {
            cellsOfZone[z] = new int[sizes[z]];
        }
        int[] filled = new int[zoneCount];
        demandShare = new double[zoneCount];
        double total = 0;
        for (int cell = 0; cell < city.cellCount(); cell++) {
            int zone = city.zoneOf(cell);
            cellsOfZone[zone][filled[zone]++] = cell;
            demandShare[zone] += weights[cell];
            total += weights[cell];
        }
        targetCells = new AliasTable[zoneCount];
        for (int z = 0; z < zoneCount; z++) {
            demandShare[z] /= total;
            double[] zoneWeights = new double[cellsOfZone[z].length];
            for (int i = 0; i < zoneWeights.length; i++) {
                zoneWeights[i] = weights[cellsOfZone[z][i]];
            }
            targetCells[z] = demandShare[z] > 0 ? new AliasTable(zoneWeights) : null;
        }
    }

    @Override
    public void rebalance(double now, MoveSink sink) {
        int totalIdle = idleVehicles.size();
        int budget = (int) Math.floor(spec.maxMoveShare() * totalIdle);
        if (budget == 0) {
            return;
        }
        double lookaheadSeconds = spec.lookaheadMinutes() * 60.0;
        double expectedRequests = (arrivals.ratePerHour(now) + arrivals.ratePerHour(now + lookaheadSeconds)) / 2.0
                * lookaheadSeconds / SimCalendar.SECONDS_PER_HOUR;
        double[] balance = new double[zoneCount];
        for (int z = 0; z < zoneCount; z++) {
            int idle = 0;
            for (int cell : cellsOfZone[z]) {
                idle += idleVehicles.count(cell);
            }
            balance[z] = idle - expectedRequests * demandShare[z];
        }
        Integer[] order = new Integer[zoneCount];
        for (int z = 0; z < zoneCount; z++) {
            order[z] = z;
        }
        // Most negative balance (largest deficit) first; zone order breaks ties.
        Arrays.sort(order, (a, b) -> balance[a] != balance[b] ? Double.compare(balance[a], balance[b]) : a - b);
        List<Vehicle> donors = collectDonors(balance, order);
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        int donorCursor = 0;
        for (int z : order) {
            if (balance[z] > -1.0 || targetCells[z] == null) {
                break;
            }
            int wanted = (int) Math.floor(-balance[z]);
            while (wanted > 0 && budget > 0 && donorCursor < donors.size()) {
                Vehicle vehicle = donors.get(donorCursor++);
                if (city.zoneOf(vehicle.cell()) == z) {
                    continue;
                }
                int target = cellsOfZone[z][targetCells[z].sample(random)];
                double seconds = city.travelSeconds(vehicle.cell(), target, hour, weekend);
                if (seconds > lookaheadSeconds || !sink.canMove(vehicle, target)) {
                    continue;
                }
                sink.move(vehicle, target);
                wanted--;
                budget--;
            }
        }
    }

    /** Lists the idle vehicles that zones with a surplus can give, largest surplus first. */
    private List<Vehicle> collectDonors(double[] balance, Integer[] order) {
        List<Vehicle> donors = new ArrayList<>();
        for (int i = order.length - 1; i >= 0; i--) {
            int z = order[i];
            int spare = (int) Math.floor(balance[z]);
            for (int c = 0; c < cellsOfZone[z].length && spare > 0; c++) {
                for (Vehicle v = idleVehicles.first(cellsOfZone[z][c]); v != null && spare > 0; v = idleVehicles.next(v)) {
                    donors.add(v);
                    spare--;
                }
            }
        }
        return donors;
    }
}
