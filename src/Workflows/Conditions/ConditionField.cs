namespace EarlyHelp.Workflows.Conditions;

/// <summary>A field a condition may name: a case field of the catalogue, or a declared workflow variable.</summary>
/// <param name="Name">The name written in JSON ("case.youngestChildAge", "variables.familyDeclined").</param>
/// <param name="Type">What it holds.</param>
/// <param name="Label">A short plain-language name for the designer and for descriptions ("youngest child's age").</param>
/// <param name="Description">What it means and when it is not set, for the designer's tooltip.</param>
public sealed record ConditionField(string Name, ConditionType Type, string Label, string Description);
