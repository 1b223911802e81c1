#pragma once

#include <QJsonValue>
#include <QString>

namespace gatehouse::audit {

// A value of a User field that a condition compares Current User with
// (`Current User's role is "admin"`): the matrix asks it as a user who has
// that value and nothing else.
struct MatrixRole
{
    QString field;     // as the model names it
    QJsonValue value;  // as a record holds it
    QString valueText; // as an expression writes it: "admin", 3, yes

    // `role = "admin"`: the row's name.
    QString name() const { return field + QStringLiteral(" = ") + valueText; }
    bool operator==(const MatrixRole &other) const
    {
        return field == other.field && value == other.value;
    }
};

} // namespace gatehouse::audit
