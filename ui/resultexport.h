#pragma once

#include "pgtypes.h"
#include "resultformatter.h"
#include "resultstore.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace Pixetric {

// Writes a stored result to a file on a worker thread, so that the window stays responsive
// for results of any size. The file appears only when every row is written: rows go to a
// temporary file beside it (QSaveFile) that is renamed on success and removed on failure or
// cancel, so a failed export never leaves a truncated file under the chosen name.
//
// Thread affinity: create, start, cancel and destroy on the GUI thread; signals arrive there.
// Ownership: keeps the store alive (shared) until the worker is done. Destroying a running
// export cancels it and waits for the worker, which stops within one chunk.
class ResultExport : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    struct Request
    {
        std::shared_ptr<const ResultStore> store;
        ResultColumns columns;
        ExportFormat format = ExportFormat::Csv;
        ResultFormatter::Options options;
        QString path;
        qint64 rows = -1; // rows to write from the start; -1: all rows stored when it starts
        QList<int> columnOrder; // store columns to write, in this order; empty: all as stored
    };

    explicit ResultExport(QObject *parent = nullptr);
    ~ResultExport() override;

    // Starts the export; finished() follows, also for a file that cannot be opened.
    // Returns false (and does nothing) when one is already running.
    bool start(const Request &request);
    // Asks the worker to stop; finished(Cancelled) follows.
    void cancel();
    bool isRunning() const;

    qint64 rowsTotal() const;
    qint64 rowsWritten() const;

Q_SIGNALS:
    // At most ten times a second while running, and once with rowsWritten == rowsTotal
    // before a successful finished().
    void progress(qint64 rowsWritten, qint64 rowsTotal);
    // message says what went wrong and what to do next (empty on success and cancel).
    void finished(Pixetric::ResultExport::Outcome outcome, const QString &message);

private:
    struct Shared;
    static void run(const Request &request, Shared *shared);
    void onWorkerDone();

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QTimer *m_progressTimer = nullptr;
};

} // namespace Pixetric
