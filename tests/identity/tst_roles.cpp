#include "tests/support/CustosTest.h"

#include "core/identity/Role.h"

#include <QTest>

namespace tst_roles {

using namespace custos;

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("name");
        QTest::newRow("admin") << int(Role::Admin) << QStringLiteral("admin");
        QTest::newRow("risk officer") << int(Role::RiskOfficer) << QStringLiteral("risk_officer");
        QTest::newRow("approver") << int(Role::Approver) << QStringLiteral("approver");
        QTest::newRow("developer") << int(Role::Developer) << QStringLiteral("developer");
        QTest::newRow("auditor") << int(Role::Auditor) << QStringLiteral("auditor");
    }
    void namesRoundTrip()
    {
        QFETCH(int, role);
        QFETCH(QString, name);
        QCOMPARE(roleName(Role(role)), name);
        QCOMPARE(roleFromName(name), std::optional<Role>(Role(role)));
    }

    void unknownNameIsRejected() { QVERIFY(!roleFromName(QStringLiteral("superuser"))); }

    void separationOfDuties_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("granted");
        QTest::newRow("risk officer publishes")
            << int(Role::RiskOfficer) << int(Permission::PublishPolicy) << true;
        QTest::newRow("developer cannot publish")
            << int(Role::Developer) << int(Permission::PublishPolicy) << false;
        QTest::newRow("approver decides") << int(Role::Approver) << int(Permission::DecideExceptions) << true;
        QTest::newRow("admin cannot decide")
            << int(Role::Admin) << int(Permission::DecideExceptions) << false;
        QTest::newRow("developer cannot decide")
            << int(Role::Developer) << int(Permission::DecideExceptions) << false;
        QTest::newRow("developer requests")
            << int(Role::Developer) << int(Permission::RequestExceptions) << true;
        QTest::newRow("auditor exports") << int(Role::Auditor) << int(Permission::ExportEvidence) << true;
        QTest::newRow("admin exports") << int(Role::Admin) << int(Permission::ExportEvidence) << true;
        QTest::newRow("risk officer cannot export")
            << int(Role::RiskOfficer) << int(Permission::ExportEvidence) << false;
        QTest::newRow("auditor cannot edit") << int(Role::Auditor) << int(Permission::EditPolicy) << false;
        QTest::newRow("admin manages users") << int(Role::Admin) << int(Permission::ManageUsers) << true;
    }
    void separationOfDuties()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, granted);
        QCOMPARE(roleGrants(Role(role), Permission(permission)), granted);
    }
};

} // namespace tst_roles

CUSTOS_GUILESS_TEST_MAIN(tst_roles::TestRoles)
#include "tst_roles.moc"
