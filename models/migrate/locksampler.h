#pragma once

#include "connectionparams.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace Pixetric {

// The longest time one server process held one lock on one table, as sampled.
struct LockHold
{
    QString relation; // as regclass prints it
    QString mode;     // "AccessExclusiveLock", …
    double heldMs = 0;
    qint64 rows = 0;  // the table's estimated rows (pg_class.reltuples), 0 when unknown
};

// Samples pg_locks for one server process on a connection of its own, every intervalMs, from
// start() until stop(): the relation locks it holds (tables made in its open transaction are
// invisible to other sessions and so left out; nobody waits for those). A lock seen in
// consecutive samples counts as held from the first to one interval after the last.
//
// Thread affinity: start() and stop() on one thread; the sampling runs on a pool thread.
class LockSampler
{
public:
    LockSampler();
    ~LockSampler();
    LockSampler(const LockSampler &) = delete;
    LockSampler &operator=(const LockSampler &) = delete;

    void start(const ConnectionParams &params, int pid, int intervalMs = 20);
    // Ends the sampling; the longest hold per relation and mode, longest first.
    QList<LockHold> stop();
    QString error() const { return m_error; } // why sampling could not run, after stop()

private:
    struct State;
    std::shared_ptr<State> m_state;
    QFuture<void> m_future;
    QString m_error;
};

} // namespace Pixetric
