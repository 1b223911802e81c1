#pragma once

#include <QDialog>

class QPushButton;

namespace gatehouse {

// "Narrow to what it used": what the token holds now and what would cover
// exactly its use in the request log, side by side, before it is applied.
class NarrowDialog : public QDialog
{
    Q_OBJECT

public:
    NarrowDialog(const QString &tokenName, const QString &before, const QString &after,
                 const QStringList &uses, QWidget *parent = nullptr);

    QPushButton *applyButton() const { return m_apply; }

private:
    QPushButton *m_apply;
};

} // namespace gatehouse
