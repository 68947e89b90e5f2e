#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
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

// What a run of the command printed and how it ended (exitCode -1: it did not end in time).
struct CliOutcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built command with env in English, standard input closed, and waits for it.
inline CliOutcome runCli(const QStringList &args, QProcessEnvironment env, int timeoutMs = 240000)
{
    QProcess process;
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(cliProgram(), args);
    process.closeWriteChannel();
    CliOutcome outcome;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace Pixetric::Test
