#pragma once

#include <QList>
#include <QStringList>

namespace Pixetric {

// Which lines of two texts differ, for marking them side by side: the lines that are not part
// of a longest common subsequence of the two line lists. Lines compare exactly (white space
// included), so what is marked is what a person sees differ.
//
// Pure CPU work, no thread affinity: the schema diff view runs it on a pool thread, because
// two long routine bodies cost the product of their line counts. Above a size limit it falls
// back to a linear pass (lines that occur on one side only), which may mark fewer moved lines
// but never takes long.
struct LineDiff
{
    QList<int> fromLines; // 0-based lines of FROM that are not in TO
    QList<int> toLines;   // 0-based lines of TO that are not in FROM

    bool isEmpty() const { return fromLines.isEmpty() && toLines.isEmpty(); }

    static LineDiff compare(const QStringList &from, const QStringList &to);
    // Common prefix and suffix removed, the exact comparison looks at most this many cells.
    static constexpr qint64 ExactLimit = 4'000'000;
};

} // namespace Pixetric
