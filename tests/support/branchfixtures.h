#pragma once

#include "localfabricengine.h"
#include "pgsession.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <utility>

namespace Pixetric::Test {

// The first value a statement returns on a branch of engine, or "<no connection: …>" /
// "<error: …>", so that a comparison with it fails saying why.
inline QString branchValue(const LocalFabricEngine &engine, const QString &branch, const QString &statement)
{
    PgSession session;
    if (!session.open(engine.connectionInfo(branch).params(QStringLiteral("pixetric-test"))))
        return QStringLiteral("<no connection: %1>").arg(session.errorText());
    const QString value = session.value(statement);
    return session.error().isError() ? QStringLiteral("<error: %1>").arg(session.errorText()) : value;
}

// Makes folder name under parent holding the files (name, content); returns it.
inline QDir writeFolder(const QString &parent, const QString &name, const QList<std::pair<QString, QByteArray>> &files)
{
    QDir dir(parent);
    dir.mkpath(name);
    dir.cd(name);
    for (const auto &[file, text] : files) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
    }
    return dir;
}

} // namespace Pixetric::Test
