package org.clausewright.app.bench;

import java.time.Duration;
import java.util.List;

/** What {@code clausewright bench} measured. */
public record BenchReport(String project, List<Measurement> measurements, List<MemoryFigure> memory, Duration setup) {
    public BenchReport {
        measurements = List.copyOf(measurements);
        memory = List.copyOf(memory);
    }

    public boolean meetsTargets() {
        return memory.stream().allMatch(MemoryFigure::meetsTarget)
                && measurements.stream().allMatch(Measurement::meetsTarget);
    }
}
