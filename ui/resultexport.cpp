#include "resultexport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Pixetric {

namespace {
// Formatted text is written out in pieces of about this size: big enough that writes are
// cheap, small enough that memory stays flat and cancel answers quickly.
constexpr qsizetype WriteThreshold = 1 << 20;
constexpr int ProgressIntervalMs = 100;
} // namespace

struct ResultExport::Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> total{0};
    std::atomic<qint64> written{0};
    // Set by the worker before it ends; read on the GUI thread after QThread::finished.
    Outcome outcome = Outcome::Failed;
    QString message;
};

ResultExport::ResultExport(QObject *parent)
    : QObject(parent), m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(ProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_shared)
            Q_EMIT progress(m_shared->written.load(), m_shared->total.load());
    });
}

ResultExport::~ResultExport()
{
    if (m_thread) {
        m_shared->cancel.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ResultExport::start(const Request &request)
{
    if (m_thread || !request.store)
        return false;
    m_shared = std::make_shared<Shared>();
    const qint64 stored = request.store->rowCount();
    m_shared->total.store(request.rows < 0 ? stored : qMin(request.rows, stored));
    Request job = request;
    job.rows = m_shared->total.load();
    // The worker gets its own reference: it must not touch this object, which may go first.
    m_thread = QThread::create([job, shared = m_shared] { run(job, shared.get()); });
    m_thread->setObjectName(QStringLiteral("ResultExport"));
    connect(m_thread, &QThread::finished, this, &ResultExport::onWorkerDone);
    m_thread->start(QThread::LowPriority);
    m_progressTimer->start();
    return true;
}

void ResultExport::cancel()
{
    if (m_shared)
        m_shared->cancel.store(true);
}

bool ResultExport::isRunning() const
{
    return m_thread != nullptr;
}

qint64 ResultExport::rowsTotal() const
{
    return m_shared ? m_shared->total.load() : 0;
}

qint64 ResultExport::rowsWritten() const
{
    return m_shared ? m_shared->written.load() : 0;
}

void ResultExport::onWorkerDone()
{
    m_progressTimer->stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Outcome outcome = m_shared->outcome;
    const QString message = m_shared->message;
    if (outcome == Outcome::Succeeded)
        Q_EMIT progress(m_shared->written.load(), m_shared->total.load());
    Q_EMIT finished(outcome, message);
}

// Runs on the worker thread; touches only the request, the shared state and the file.
// tr() is thread-safe.
void ResultExport::run(const Request &request, Shared *shared)
{
    const QString path = QDir::toNativeSeparators(request.path);
    const auto fail = [&](const QFileDevice &file) {
        QString next;
        switch (file.error()) {
        case QFileDevice::ResourceError:
            next = tr("The disk is full. Free some space or choose another disk, then export again.");
            break;
        case QFileDevice::PermissionsError:
            next = tr("You may not write there. Choose another folder.");
            break;
        default:
            next = tr("Choose another folder, or check that the disk has free space and you may write there.");
            break;
        }
        shared->outcome = Outcome::Failed;
        shared->message = tr("Could not export to %1: %2.").arg(path, file.errorString()) + QLatin1Char('\n') + next;
    };

    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(file);
        return;
    }

    ResultColumns columns = request.columns;
    if (!request.columnOrder.isEmpty()) {
        columns.clear();
        for (int c : request.columnOrder)
            columns.append(request.columns.at(c));
    }
    ResultFormatter formatter(request.format, columns, request.options);
    QByteArray buffer;
    buffer.reserve(WriteThreshold + WriteThreshold / 4);
    const auto flush = [&] {
        // A short write (the disk filled up part-way) sets no error; the retry reports why.
        for (qsizetype done = 0; done < buffer.size();) {
            const qint64 n = file.write(buffer.constData() + done, buffer.size() - done);
            if (n <= 0)
                return false;
            done += n;
        }
        buffer.resize(0); // keeps the capacity
        return true;
    };

    formatter.begin(&buffer);
    const qint64 total = request.rows;
    qint64 done = 0;
    for (int index = 0; done < total; ++index) {
        if (shared->cancel.load()) {
            file.cancelWriting();
            shared->outcome = Outcome::Cancelled;
            return;
        }
        const ResultStore::Slice slice = request.store->slice(index);
        if (!slice.isValid() || slice.chunk.isEmpty()) {
            // Rows spilled to disk could not be read back: export nothing rather than a gap.
            file.cancelWriting();
            shared->outcome = Outcome::Failed;
            const PgError error = request.store->error();
            shared->message = tr("Could not export to %1: %2.").arg(path, error.message) + QLatin1Char('\n')
                + tr("Run the query again, then export.");
            return;
        }
        const int rows = int(qMin<qint64>(slice.chunk.rowCount(), total - done));
        if (request.columnOrder.isEmpty()) {
            formatter.append(slice.chunk, 0, rows, &buffer);
        } else {
            ResultChunk part(int(request.columnOrder.size()));
            part.reserve(rows, slice.chunk.textSize());
            for (int r = 0; r < rows; ++r) {
                for (int c : request.columnOrder) {
                    if (slice.chunk.isNull(r, c)) {
                        part.appendNull();
                    } else {
                        const QByteArrayView value = slice.chunk.value(r, c);
                        part.appendValue(value.data(), value.size());
                    }
                }
            }
            formatter.append(part, &buffer);
        }
        done += rows;
        if (buffer.size() >= WriteThreshold) {
            if (!flush()) {
                fail(file);
                file.cancelWriting();
                return;
            }
            shared->written.store(done);
        }
    }
    formatter.end(&buffer);
    // A cancel that came while the last rows were written still wins: nothing is committed.
    if (shared->cancel.load()) {
        file.cancelWriting();
        shared->outcome = Outcome::Cancelled;
        return;
    }
    if (!flush() || !file.commit()) {
        fail(file);
        file.cancelWriting();
        return;
    }
    shared->written.store(done);
    shared->outcome = Outcome::Succeeded;
}

} // namespace Pixetric
