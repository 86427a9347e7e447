namespace Frivillighed.Grants.Model;

public sealed class CriterionAnswer
{
    public required string Criterion { get; set; }
    public required string Answer { get; set; }
}
