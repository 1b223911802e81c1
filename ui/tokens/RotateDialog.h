#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace gatehouse {

// Asks how long the old secret of a token being rotated keeps working:
// not at all by default, or a grace period for the integration to move to
// the new one.
class RotateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RotateDialog(const QString &tokenName, QWidget *parent = nullptr);

    qint64 graceSeconds() const;
    QComboBox *graceBox() const { return m_grace; }
    QPushButton *rotateButton() const { return m_rotate; }

private:
    QComboBox *m_grace;
    QPushButton *m_rotate;
};

} // namespace gatehouse
