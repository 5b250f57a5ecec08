namespace EarlyHelp.Workflows.StateMachines;

/// <summary>A guard over every trigger but the exempt ones.</summary>
internal sealed record MachineGuard<TTrigger, TSubject>(string Description, Func<TSubject, GuardResult> Check, HashSet<TTrigger> Exempt)
    where TTrigger : struct, Enum;
