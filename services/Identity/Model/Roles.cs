namespace Frivillighed.Identity.Model;

public static class Roles
{
    public const string Citizen = "citizen";
    public const string Staff = "staff";
    public const string Admin = "admin";
    public const string Integration = "integration";
}
