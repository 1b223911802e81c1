#pragma once

#include "engine/AccessQuestion.h"

#include <QString>

namespace gatehouse::audit {

// One answer of the access matrix, as AccessQuestion gave it.
struct MatrixCell
{
    using Verdict = AccessAnswer::Verdict;

    Verdict verdict = Verdict::Refused;
    QString reason;    // in words; for a conditional cell, the condition
    QString decidedBy; // the setting, step or rule that decided

    // "allowed", "refused", "conditional"
    QString verdictWord() const { return wordOf(verdict); }

    static QString wordOf(Verdict verdict)
    {
        switch (verdict) {
        case Verdict::Allowed:
            return QStringLiteral("allowed");
        case Verdict::Refused:
            return QStringLiteral("refused");
        case Verdict::DependsOnRecord:
            return QStringLiteral("conditional");
        }
        return {};
    }
    // How much a verdict lets through: refused < conditional < allowed.
    static int reachOf(Verdict verdict)
    {
        switch (verdict) {
        case Verdict::Refused:
            return 0;
        case Verdict::DependsOnRecord:
            return 1;
        case Verdict::Allowed:
            return 2;
        }
        return 0;
    }
};

} // namespace gatehouse::audit
