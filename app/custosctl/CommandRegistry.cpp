#include "CommandRegistry.h"

namespace custos::ctl {

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command)
{
    const QString name = command.name;
    m_commands.insert_or_assign(name, std::move(command));
}

const Command *CommandRegistry::find(const QString &name) const
{
    const auto it = m_commands.find(name);
    return it == m_commands.end() ? nullptr : &it->second;
}

} // namespace custos::ctl
