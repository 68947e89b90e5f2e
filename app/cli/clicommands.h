#pragma once

#include <QStringList>

namespace Pixetric::Cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

void installTranslators();
// Dispatches "pixetric COMMAND …"; returns the process exit code.
int run(const QStringList &arguments);

} // namespace Pixetric::Cli
