#include "CommandGroup.h"

namespace custos::ctl {

CommandGroup::CommandGroup(QString name, QString usage)
    : Command(std::move(name))
    , m_usage(std::move(usage))
{}

void CommandGroup::add(std::unique_ptr<Command> command)
{
    m_subcommands.push_back(std::move(command));
}

int CommandGroup::run(const QStringList &arguments)
{
    if (!arguments.isEmpty() && (arguments.constFirst() == u"--help" || arguments.constFirst() == u"-h")) {
        out() << m_usage << Qt::flush;
        return ExitOk;
    }
    if (arguments.isEmpty()) {
        err() << m_usage << Qt::flush;
        return ExitUsage;
    }
    if (Command *subcommand = find(arguments.constFirst()))
        return subcommand->run(arguments.mid(1));
    complain(QStringLiteral("unknown subcommand '%1'").arg(arguments.constFirst()), ExitUsage);
    err() << m_usage << Qt::flush;
    return ExitUsage;
}

// A group has no arguments of its own: `run` always hands them to a subcommand.
int CommandGroup::execute(const QCommandLineParser &)
{
    err() << m_usage << Qt::flush;
    return ExitUsage;
}

Command *CommandGroup::find(const QString &word) const
{
    const QString name = this->name() + QLatin1Char(' ') + word;
    for (const auto &subcommand : m_subcommands) {
        if (subcommand->name() == name)
            return subcommand.get();
    }
    return nullptr;
}

} // namespace custos::ctl
