#pragma once

#include <QString>
#include <QtTest>

// Passes when expression, a function's error message, is empty; a failure prints the whole
// message, where QCOMPARE would cut it short after a few hundred characters (and with it the end
// of a server's log that says why).
#define QVERIFY_NO_ERROR(expression)                                                                 \
    do {                                                                                             \
        const QString pixetricError_ = (expression);                                                 \
        QVERIFY2(pixetricError_.isEmpty(), qPrintable(QStringLiteral("%1 gave: %2")                  \
                                                          .arg(QStringLiteral(#expression), pixetricError_))); \
    } while (false)
