package org.clausewright.app.bench;

import java.time.Duration;
import java.util.List;

/** What {@code clausewright bench} measured. */
public record BenchReport(String project, List<Measurement> measurements, long peakHeapBytes, long heapTargetBytes,
                          Duration setup) {
    public BenchReport {
        measurements = List.copyOf(measurements);
    }

    public boolean meetsTargets() {
        return peakHeapBytes <= heapTargetBytes && measurements.stream().allMatch(Measurement::meetsTarget);
    }
}
