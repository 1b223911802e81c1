#pragma once

#include "engine/Principal.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace gatehouse {

class DataTypeListModel;
class EditorSession;
class PrivacyPreviewModel;

// "Preview as", beside the privacy rules and live as they change, before
// any save: pick a principal (anonymous, each test user, each token) and a
// context (the Data API, or a workflow, which applies or ignores privacy
// rules) and see the type's test records as the engine's policy
// (PrivacyPreview) has that principal meet them.
class PrivacyPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyPreviewPanel(EditorSession *session, QWidget *parent = nullptr);

    QComboBox *typeChooser() const { return m_type; }
    QComboBox *principalChooser() const { return m_principal; }
    QComboBox *contextChooser() const { return m_context; }
    QTableView *view() const { return m_view; }
    PrivacyPreviewModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }

    void showType(const QString &typeName);
    // Chooses the principal whose label is `label` ("anonymous", a user's
    // e-mail, "token zapier"); false when there is none.
    bool choosePrincipal(const QString &label);
    // Computes now rather than after the short pause that follows an edit.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPrincipals();
    void fillContexts();
    std::optional<Principal> chosenPrincipal() const;

    EditorSession *m_session;
    DataTypeListModel *m_typeModel;
    PrivacyPreviewModel *m_model;
    QComboBox *m_type;
    QComboBox *m_principal;
    QComboBox *m_context;
    QTableView *m_view;
    QLabel *m_summary;
    QTimer *m_timer;
    bool m_stale = true; // an edit came while the panel was hidden
};

} // namespace gatehouse
