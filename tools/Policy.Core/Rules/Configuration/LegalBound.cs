namespace Policy.Core.Rules.Configuration;

/// <summary>
/// What the law says about a value of rules-config.json (its <c>sources</c> entry): whether an
/// organisation may set it freely, only raise it, only lower it, or not at all.
/// </summary>
public enum LegalBound
{
    /// <summary>No legal value: the organisation's own choice.</summary>
    Policy,

    /// <summary>A legal minimum (log retention): Governance may set a longer or larger value, never a smaller one.</summary>
    Floor,

    /// <summary>A legal maximum (a reporting deadline): Governance may set a shorter value, never a longer one.</summary>
    Ceiling,

    /// <summary>Law no organisation moves (a date of application, EEA membership).</summary>
    Fixed,
}
