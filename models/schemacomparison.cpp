#include "schemacomparison.h"

#include "logging.h"
#include "schemareader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Pixetric {

namespace {

struct ReadOutcome
{
    SchemaSnapshot snapshot;
    QString error;
    qint64 millis = 0;
};

ReadOutcome readSnapshot(const ConnectionParams &params)
{
    QElapsedTimer clock;
    clock.start();
    ReadOutcome outcome;
    outcome.error = SchemaReader::read(params, &outcome.snapshot);
    outcome.millis = clock.elapsed();
    return outcome;
}

} // namespace

SchemaComparison::SchemaComparison(QObject *parent) : QObject(parent)
{
}

SchemaComparison::~SchemaComparison() = default;

QThreadPool *SchemaComparison::readPool()
{
    // Reads mostly wait; a few comparisons (a new one while an old read still waits for its
    // server) fit at once.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("pixetric-schema-read"));
        p->setMaxThreadCount(8);
        return p;
    }();
    return pool;
}

void SchemaComparison::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void SchemaComparison::cancel()
{
    ++m_generation;
    setStage(Stage::Idle);
}

quint64 SchemaComparison::start(const ConnectionParams &from, const QString &fromLabel, const ConnectionParams &to,
                                const QString &toLabel, const DiffOptions &options)
{
    const quint64 token = ++m_generation;
    qCInfo(lcSchema) << "schema comparison" << token << "of" << from.displayName() << "and" << to.displayName();
    setStage(Stage::Reading);

    const Input input{from, to, fromLabel, toLabel, options};
    QList<QFuture<ReadOutcome>> reads{QtConcurrent::run(readPool(), readSnapshot, from),
                                      QtConcurrent::run(readPool(), readSnapshot, to)};
    QtFuture::whenAll(reads.begin(), reads.end()).then(this, [this, token, input](const QList<QFuture<ReadOutcome>> &done) {
        if (token != m_generation)
            return; // dropped by a newer start() or by cancel()
        const ReadOutcome a = done.at(0).result();
        const ReadOutcome b = done.at(1).result();
        if (!a.error.isEmpty() || !b.error.isEmpty()) {
            QStringList messages;
            if (!a.error.isEmpty())
                messages << tr("FROM (%1): %2").arg(input.fromLabel, a.error);
            if (!b.error.isEmpty())
                messages << tr("TO (%1): %2").arg(input.toLabel, b.error);
            qCInfo(lcSchema) << "schema comparison" << token << "failed:" << messages;
            setStage(Stage::Idle);
            Q_EMIT failed(messages.join(QLatin1Char('\n')));
            return;
        }
        compareSnapshots(token, input, a.snapshot, b.snapshot, std::max(a.millis, b.millis));
    });
    return token;
}

quint64 SchemaComparison::recompare(const SchemaComparisonResult &previous, const DiffOptions &options)
{
    const quint64 token = ++m_generation;
    const Input input{previous.fromParams, previous.toParams, previous.fromLabel, previous.toLabel, options};
    compareSnapshots(token, input, previous.from, previous.to, 0);
    return token;
}

void SchemaComparison::compareSnapshots(quint64 token, const Input &input, const SchemaSnapshot &from,
                                        const SchemaSnapshot &to, qint64 readMillis)
{
    setStage(Stage::Comparing);
    QtConcurrent::run([input, from, to, token, readMillis] {
        SchemaComparisonResult r = SchemaComparisonResult::build(from, to, input.options, input.fromLabel, input.toLabel);
        r.generation = token;
        r.fromParams = input.fromParams;
        r.toParams = input.toParams;
        r.readMillis = readMillis;
        return r;
    }).then(this, [this, token](const SchemaComparisonResult &result) {
        if (token != m_generation)
            return;
        qCInfo(lcSchema) << "schema comparison" << token << "done:" << result.diff.objects.size() << "objects, read in"
                         << result.readMillis << "ms, compared in" << result.compareMillis << "ms";
        setStage(Stage::Idle);
        Q_EMIT finished(result);
    });
}

} // namespace Pixetric
