#pragma once

#include <QFrame>

class QLabel;

namespace custos {

// The strip above the sections: whether the gateway listens (and where), the open store, and who
// is signed in with which roles. Plain text with a coloured state dot, so no fact rests on colour.
class ConsoleHeader : public QFrame
{
    Q_OBJECT
public:
    explicit ConsoleHeader(QWidget *parent = nullptr);

    // An empty baseUrl with no problem means stopped; a problem means it could not listen where
    // asked (with a baseUrl: it still listens there, on its earlier address).
    void setGatewayState(const QString &baseUrl, const QString &problem = {});
    void setStorePath(const QString &path);
    // An empty name means no one is signed in.
    void setUser(const QString &name, const QStringList &roles);

    QString gatewayText() const;
    QString storeText() const;
    QString userText() const;

private:
    QLabel *m_dot = nullptr;
    QLabel *m_gateway = nullptr;
    QLabel *m_store = nullptr;
    QLabel *m_user = nullptr;
};

} // namespace custos
