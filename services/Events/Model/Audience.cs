namespace Frivillighed.Events.Model;

public enum Audience
{
    Public,
    AssociationsOnly,
    Invited,
}
