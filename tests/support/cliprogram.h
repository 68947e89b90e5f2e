#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QString>

namespace Pixetric::Test {

// The built `pixetric` command for tests that run it: $PIXETRIC_CLI, else <build>/app/cli/pixetric
// (tests sit in <build>/tests). An absolute path; check isExecutable() before use.
inline QString cliProgram()
{
    const QString path = qEnvironmentVariable(
        "PIXETRIC_CLI", QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/cli/pixetric")));
    return QFileInfo(path).absoluteFilePath();
}

// What a test says when the program is missing.
inline QString cliProgramMissing(const QString &path)
{
    return path + QStringLiteral(" is missing: build the 'pixetric' target first (or set PIXETRIC_CLI)");
}

} // namespace Pixetric::Test
