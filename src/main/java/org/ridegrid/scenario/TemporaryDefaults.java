package org.ridegrid.scenario;
final class TemporaryDefaults {
    static final OperatorSpec OPERATOR = new OperatorSpec("default", 1, new FareSpec(2, 2, 0.3, 7, 0, 2, 0, 2),
            new SurgeSpec(false, 1, 0.5, 3, 1));
    static final CostSpec COSTS = new CostSpec(30000, 0.1, 5, 0.15);
}
