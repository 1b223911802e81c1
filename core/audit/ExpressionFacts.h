#pragma once

#include "model/Project.h"

#include <QString>
#include <QStringList>

namespace gatehouse::audit {

// Static facts about an expression's text, read from its tree: what it
// mentions and which literals it holds. Nothing here decides access.
class ExpressionFacts
{
public:
    explicit ExpressionFacts(const QString &source);

    bool parses() const { return m_parses; }
    bool mentionsCurrentUser() const { return m_currentUser; }
    bool mentionsParameter(const QString &key) const { return m_parameters.contains(key); }
    bool searches() const { return m_searches; }
    // No Current User, This, parameter, step result, search or date: the
    // same value for every request.
    bool isConstant() const { return m_parses && !m_variable; }
    const QStringList &textLiterals() const { return m_texts; }
    const QStringList &fieldNames() const { return m_fields; }

    // A condition that holds for every request: constant, and met.
    static bool alwaysHolds(const Project &project, const QString &condition);

private:
    bool m_parses = false;
    bool m_currentUser = false;
    bool m_searches = false;
    bool m_variable = false;
    QStringList m_parameters;
    QStringList m_texts;
    QStringList m_fields;
};

} // namespace gatehouse::audit
