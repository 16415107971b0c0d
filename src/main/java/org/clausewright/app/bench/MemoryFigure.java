package org.clausewright.app.bench;

/**
 * One memory figure of the bench, for one group of operations, so that each issue's table shows its own.
 *
 * @param targetBytes the figure to stay under, or 0 when there is none
 */
public record MemoryFigure(String what, long bytes, long targetBytes, String note) {
    public boolean meetsTarget() {
        return targetBytes <= 0 || bytes <= targetBytes;
    }
}
