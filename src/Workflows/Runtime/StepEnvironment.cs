using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>Everything a step may read from outside the instance; the engine does no I/O of its own.</summary>
/// <param name="Now">The clock's time for the whole step.</param>
/// <param name="Calendar">The working-day calendar for timers and due dates.</param>
/// <param name="Case">The case the instance drives, loaded for the step; lifecycle triggers are fired on it.</param>
/// <param name="Family">The case's family, for conditions over the children.</param>
/// <param name="Actor">Who caused the step (a person completing a task, or the system).</param>
public sealed record StepEnvironment(DateTimeOffset Now, WorkingDayCalendar Calendar, Case? Case, Family? Family, Actor Actor);
