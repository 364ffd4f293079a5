#include "CommandRegistry.h"

namespace custos::ctl {

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Verb verb)
{
    const QString name = verb.name;
    m_verbs.insert_or_assign(name, std::move(verb));
}

const Verb *CommandRegistry::find(const QString &name) const
{
    const auto it = m_verbs.find(name);
    return it == m_verbs.end() ? nullptr : &it->second;
}

} // namespace custos::ctl
