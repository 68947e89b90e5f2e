#include "logging.h"

Q_LOGGING_CATEGORY(lcPg, "pixetric.pg", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "pixetric.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "pixetric.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "pixetric.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFabric, "pixetric.fabric", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSchema, "pixetric.schema", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMigrate, "pixetric.migrate", QtWarningMsg)
