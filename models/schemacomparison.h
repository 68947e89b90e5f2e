#pragma once

#include "connectionparams.h"
#include "schemacomparisonresult.h"
#include "schemadiff.h"

#include <QObject>
#include <QString>

class QThreadPool;

namespace Pixetric {

// Runs one schema comparison at a time, without ever blocking its thread: both snapshots are
// read at once, each over a session of its own on a thread of readPool() (SchemaReader
// waits for the server), then the diff, the migration and the DDL writers are made on
// QtConcurrent's pool, and the result arrives through finished() or failed() on this
// object's thread.
//
// Stale results are dropped by token: every start() and cancel() takes a new generation, and
// whatever an older generation produces is thrown away when it arrives. A read already in
// flight cannot be stopped (it ends when the server answers or the session times out); it
// just no longer matters.
//
// Thread affinity: create, use and destroy on one thread with an event loop (the GUI
// thread). Destroying the object while a comparison runs is fine: the work finishes on its
// own threads and its result goes nowhere.
class SchemaComparison : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Reading,   // both snapshots being read
        Comparing, // diff, migration and writers being made
    };
    Q_ENUM(Stage)

    explicit SchemaComparison(QObject *parent = nullptr);
    ~SchemaComparison() override;

    // Starts comparing FROM (the database a migration starts from) with TO; a comparison still
    // running is dropped. Labels name the sides in messages and in the script's header.
    // Returns the new generation.
    quint64 start(const ConnectionParams &from, const QString &fromLabel, const ConnectionParams &to,
                  const QString &toLabel, const DiffOptions &options = {});
    // Compares the snapshots of an earlier result again with other options (what is ignored,
    // which schemas): no server is asked. A comparison still running is dropped.
    quint64 recompare(const SchemaComparisonResult &previous, const DiffOptions &options);
    // Drops the running comparison, if any: neither finished() nor failed() follows for it.
    void cancel();

    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }
    quint64 generation() const { return m_generation; }

    // The threads snapshot reads wait on: separate from QtConcurrent's global pool, whose
    // threads (one per core) are for CPU work and must not sit waiting for a server.
    // Owned by the application object.
    static QThreadPool *readPool();

Q_SIGNALS:
    void stageChanged(Pixetric::SchemaComparison::Stage stage);
    void finished(const Pixetric::SchemaComparisonResult &result);
    // For people: which side failed and why, with what to do.
    void failed(const QString &message);

private:
    struct Input
    {
        ConnectionParams fromParams;
        ConnectionParams toParams;
        QString fromLabel;
        QString toLabel;
        DiffOptions options;
    };

    void setStage(Stage stage);
    // The CPU part, on QtConcurrent's pool.
    void compareSnapshots(quint64 token, const Input &input, const SchemaSnapshot &from, const SchemaSnapshot &to,
                          qint64 readMillis);

    quint64 m_generation = 0;
    Stage m_stage = Stage::Idle;
};

} // namespace Pixetric
