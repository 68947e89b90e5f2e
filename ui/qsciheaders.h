#pragma once

// QScintilla's headers declare "signals:" and "slots:", which this project switches off
// (QT_NO_KEYWORDS). Include them through this file only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexercustom.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>
#undef signals
#undef slots
