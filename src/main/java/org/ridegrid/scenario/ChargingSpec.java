package org.ridegrid.scenario;

import java.util.List;

/**
 * Charging pads and the rule vehicles charge by. Shares are of battery capacity.
 *
 * @param padCount pads placed when placement is uniform or residential
 * @param explicitPads pads when placement is explicit; empty otherwise
 * @param chargeBelowShare a vehicle whose charge falls below this share goes to a pad
 * @param chargeToShare a charging vehicle leaves the pad at this share
 * @param topUpBelowShare an idle vehicle below this share tops up at a free nearby pad
 * @param topUpAfterIdleMinutes how long a vehicle must stay idle before it tops up
 * @param topUpMaxDriveMinutes the farthest pad, in driving minutes, a top-up may go to
 * @param padCandidates how many nearest pads a vehicle compares by travel time and queue
 * @param reserveShare charge a vehicle keeps in hand after reaching a pad; dispatch never plans below it
 */
public record ChargingSpec(
        Placement placement,
        int padCount,
        int placesPerPad,
        double powerKw,
        List<PadLocation> explicitPads,
        double commissionPerKwh,
        double commissionPerSession,
        double chargeBelowShare,
        double chargeToShare,
        double topUpBelowShare,
        double topUpAfterIdleMinutes,
        double topUpMaxDriveMinutes,
        int padCandidates,
        double reserveShare) {

    public ChargingSpec {
        explicitPads = List.copyOf(explicitPads);
    }
}
