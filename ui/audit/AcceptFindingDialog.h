#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gatehouse {

// Asks why a reviewer accepts an audit finding. The reason is kept in the
// project for the next reviewer, so Accept stays off until there is one.
class AcceptFindingDialog : public QDialog
{
    Q_OBJECT

public:
    AcceptFindingDialog(const QString &checkId, const QString &message, const QString &where,
                        QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    QLineEdit *m_reason;
    QPushButton *m_accept;
};

} // namespace gatehouse
