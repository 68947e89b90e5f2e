#include "locksampler.h"

#include "migrationhistory.h"
#include "pgsession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Pixetric {

struct LockSampler::State
{
    std::atomic_bool stop = false;
    QMutex mutex;
    QString error;
    // (relation, mode) → the hold being watched and the longest one so far.
    struct Watch
    {
        LockHold longest;
        double since = -1; // ms when the current streak began, -1 when not held now
        double last = 0;
    };
    QHash<QString, Watch> watches;
};

LockSampler::LockSampler() = default;

LockSampler::~LockSampler()
{
    if (m_state)
        stop();
}

void LockSampler::start(const ConnectionParams &params, int pid, int intervalMs)
{
    m_state = std::make_shared<State>();
    m_future = QtConcurrent::run([state = m_state, params, pid, intervalMs] {
        PgSession session;
        ConnectionParams own = params;
        own.set(QStringLiteral("application_name"), QStringLiteral("pixetric-monitor"));
        if (!session.open(own)) {
            const QMutexLocker lock(&state->mutex);
            state->error = session.errorText();
            return;
        }
        const QString sql = MigrationHistory::sql("locks_of");
        QElapsedTimer clock;
        clock.start();
        while (!state->stop.load()) {
            QList<QStringList> rows;
            const double at = double(clock.nsecsElapsed()) / 1e6;
            if (!session.query(sql, {QByteArray::number(pid)}, &rows, 5000))
                break;
            const QMutexLocker lock(&state->mutex);
            QSet<QString> seen;
            for (const QStringList &r : std::as_const(rows)) {
                const QString key = r.value(0) + QLatin1Char('\n') + r.value(1);
                seen.insert(key);
                State::Watch &w = state->watches[key];
                w.longest.relation = r.value(0);
                w.longest.mode = r.value(1);
                w.longest.rows = std::max<qint64>(0, r.value(2).toLongLong());
                if (w.since < 0)
                    w.since = at;
                w.last = at;
                w.longest.heldMs = std::max(w.longest.heldMs, w.last - w.since + intervalMs);
            }
            for (auto it = state->watches.begin(); it != state->watches.end(); ++it) {
                if (!seen.contains(it.key()))
                    it->since = -1;
            }
            QThread::msleep(std::max(1, intervalMs));
        }
    });
}

QList<LockHold> LockSampler::stop()
{
    if (!m_state)
        return {};
    m_state->stop.store(true);
    m_future.waitForFinished();
    QList<LockHold> holds;
    {
        const QMutexLocker lock(&m_state->mutex);
        m_error = m_state->error;
        for (const State::Watch &w : std::as_const(m_state->watches))
            holds << w.longest;
    }
    std::sort(holds.begin(), holds.end(), [](const LockHold &a, const LockHold &b) {
        return a.heldMs != b.heldMs ? a.heldMs > b.heldMs : a.relation < b.relation;
    });
    m_state.reset();
    return holds;
}

} // namespace Pixetric
