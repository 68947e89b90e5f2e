#include "linediff.h"

#include <QHash>

#include <vector>

namespace Pixetric {

LineDiff LineDiff::compare(const QStringList &from, const QStringList &to)
{
    LineDiff result;
    // Most DDL pairs differ in a few lines: the shared head and tail need no table.
    qsizetype head = 0;
    while (head < from.size() && head < to.size() && from.at(head) == to.at(head))
        ++head;
    qsizetype tailFrom = from.size();
    qsizetype tailTo = to.size();
    while (tailFrom > head && tailTo > head && from.at(tailFrom - 1) == to.at(tailTo - 1)) {
        --tailFrom;
        --tailTo;
    }
    const qsizetype n = tailFrom - head;
    const qsizetype m = tailTo - head;
    if (n == 0 || m == 0) {
        for (qsizetype i = 0; i < n; ++i)
            result.fromLines.append(int(head + i));
        for (qsizetype j = 0; j < m; ++j)
            result.toLines.append(int(head + j));
        return result;
    }

    if (qint64(n) * qint64(m) > ExactLimit) {
        // Too large for the table: a line is marked when the other side has fewer copies of it.
        QHash<QString, int> counts;
        for (qsizetype j = 0; j < m; ++j)
            ++counts[to.at(head + j)];
        for (qsizetype i = 0; i < n; ++i) {
            int &c = counts[from.at(head + i)];
            if (c > 0)
                --c;
            else
                result.fromLines.append(int(head + i));
        }
        counts.clear();
        for (qsizetype i = 0; i < n; ++i)
            ++counts[from.at(head + i)];
        for (qsizetype j = 0; j < m; ++j) {
            int &c = counts[to.at(head + j)];
            if (c > 0)
                --c;
            else
                result.toLines.append(int(head + j));
        }
        return result;
    }

    // Lengths of the longest common subsequences of the suffixes, then one walk from the top.
    const qsizetype width = m + 1;
    std::vector<int> length(size_t((n + 1) * width), 0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            const size_t at = size_t(i * width + j);
            length[at] = from.at(head + i) == to.at(head + j)
                             ? length[size_t((i + 1) * width + j + 1)] + 1
                             : std::max(length[size_t((i + 1) * width + j)], length[size_t(i * width + j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (from.at(head + i) == to.at(head + j)) {
            ++i;
            ++j;
        } else if (length[size_t((i + 1) * width + j)] >= length[size_t(i * width + j + 1)]) {
            result.fromLines.append(int(head + i++));
        } else {
            result.toLines.append(int(head + j++));
        }
    }
    for (; i < n; ++i)
        result.fromLines.append(int(head + i));
    for (; j < m; ++j)
        result.toLines.append(int(head + j));
    return result;
}

} // namespace Pixetric
