using Frivillighed.Associations.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Data;

public sealed class AssociationsDbContext(DbContextOptions<AssociationsDbContext> options) : DbContext(options)
{
    public DbSet<Association> Associations => Set<Association>();
    public DbSet<Representative> Representatives => Set<Representative>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ChildSafetyDeclaration> ChildSafetyDeclarations => Set<ChildSafetyDeclaration>();
    public DbSet<MemberCountReport> MemberCountReports => Set<MemberCountReport>();
    public DbSet<VolunteerOpportunity> VolunteerOpportunities => Set<VolunteerOpportunity>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<VolunteerAgreement> VolunteerAgreements => Set<VolunteerAgreement>();
    public DbSet<AssociationDocument> Documents => Set<AssociationDocument>();
    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Association>(association =>
        {
            association.HasKey(a => a.Id);
            association.Property(a => a.Name).HasMaxLength(200);
            association.Property(a => a.CvrNumber).HasMaxLength(8).IsFixedLength();
            association.HasIndex(a => a.CvrNumber).IsUnique();
            association.Property(a => a.Town).HasMaxLength(50);
            association.Property(a => a.Address).HasMaxLength(200);
            association.Property(a => a.Description).HasMaxLength(4000);
            association.Property(a => a.Website).HasMaxLength(300);
            association.Property(a => a.ContactEmail).HasMaxLength(200);
            association.Property(a => a.ContactPhone).HasMaxLength(20);
            // Danish full-text search over what the directory shows; stemming makes "ældre" find "ældreklub".
            association.HasGeneratedTsVectorColumn(a => a.SearchVector, "danish", a => new { a.Name, a.Town, a.Description })
                .HasIndex(a => a.SearchVector).HasMethod("GIN");
            association.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            association.Property(a => a.Version).IsConcurrencyToken();
            association.OwnsOne(a => a.Fol4Statement, statement => statement.ToJson());
            association.HasIndex(a => new { a.Name, a.Id });
        });
        modelBuilder.Entity<Representative>(representative =>
        {
            representative.HasKey(r => new { r.AssociationId, r.UserId });
            representative.HasOne<Association>().WithMany().HasForeignKey(r => r.AssociationId);
            representative.HasIndex(r => r.UserId);
            representative.Property(r => r.Name).HasMaxLength(200);
            representative.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Invitation>(invitation =>
        {
            invitation.HasKey(i => i.Id);
            invitation.HasOne<Association>().WithMany().HasForeignKey(i => i.AssociationId);
            invitation.HasIndex(i => i.CodeHash).IsUnique();
            invitation.Property(i => i.CodeHash).HasMaxLength(64);
            invitation.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            invitation.Property(i => i.Version).IsRowVersion();
        });
        modelBuilder.Entity<ChildSafetyDeclaration>(declaration =>
        {
            declaration.HasKey(d => new { d.AssociationId, d.Year });
            declaration.HasOne<Association>().WithMany().HasForeignKey(d => d.AssociationId);
            declaration.Property(d => d.DeclaredByName).HasMaxLength(200);
        });
        modelBuilder.Entity<MemberCountReport>(report =>
        {
            report.HasKey(r => new { r.AssociationId, r.Year, r.Revision });
            report.HasOne<Association>().WithMany().HasForeignKey(r => r.AssociationId);
            report.OwnsMany(r => r.Lines, lines => lines.ToJson());
            report.Property(r => r.ReportedByName).HasMaxLength(200);
            report.Property(r => r.CorrectionReason).HasMaxLength(2000);
            report.Ignore(r => r.Under25);
            report.Ignore(r => r.Age25AndOver);
        });
        modelBuilder.Entity<VolunteerOpportunity>(opportunity =>
        {
            opportunity.HasKey(o => o.Id);
            opportunity.HasOne<Association>().WithMany().HasForeignKey(o => o.AssociationId);
            opportunity.Property(o => o.Title).HasMaxLength(200);
            opportunity.Property(o => o.Description).HasMaxLength(4000);
            opportunity.Property(o => o.Town).HasMaxLength(50);
            opportunity.Property(o => o.TimeCommitment).HasMaxLength(200);
            opportunity.Property(o => o.Contact).HasMaxLength(300);
            opportunity.HasIndex(o => o.ClosedAt);
            opportunity.HasGeneratedTsVectorColumn(o => o.SearchVector, "danish", o => new { o.Title, o.Description, o.Town })
                .HasIndex(o => o.SearchVector).HasMethod("GIN");
        });
        modelBuilder.Entity<AssociationDocument>(document =>
        {
            document.ToTable("documents", t => t.HasCheckConstraint("ck_documents_size", "size > 0 AND size <= 10485760"));
            document.HasKey(d => d.Id);
            document.HasOne<Association>().WithMany().HasForeignKey(d => d.AssociationId);
            document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
            document.Property(d => d.FileName).HasMaxLength(204);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Property(d => d.UploadedByName).HasMaxLength(200);
            document.HasIndex(d => new { d.AssociationId, d.Kind, d.Version }).IsUnique();
        });
        modelBuilder.Entity<DocumentContent>(content =>
        {
            content.ToTable("document_contents");
            content.HasKey(c => c.DocumentId);
            content.HasOne<AssociationDocument>().WithOne().HasForeignKey<DocumentContent>(c => c.DocumentId);
        });
        modelBuilder.Entity<VolunteerAgreement>(agreement =>
        {
            agreement.ToTable("volunteer_agreements", t => t.HasCheckConstraint("ck_volunteer_agreements_period", "\"to\" >= \"from\""));
            agreement.HasKey(a => a.Id);
            agreement.Property(a => a.VolunteerName).HasMaxLength(200);
            agreement.Property(a => a.VolunteerEmail).HasMaxLength(200);
            agreement.Property(a => a.VolunteerPhone).HasMaxLength(20);
            agreement.Property(a => a.Task).HasMaxLength(500);
            agreement.Property(a => a.Place).HasMaxLength(200);
            agreement.Property(a => a.Department).HasMaxLength(200);
            agreement.Property(a => a.ResponsibleManager).HasMaxLength(200);
            agreement.Property(a => a.RecordedByName).HasMaxLength(200);
            agreement.Property(a => a.EndReason).HasMaxLength(1000);
            agreement.Property(a => a.LinkTokenHash).HasMaxLength(64);
            agreement.Ignore(a => a.LastDay);
            agreement.HasIndex(a => a.VolunteerEmail);
        });
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_log");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).UseIdentityAlwaysColumn();
            audit.Property(a => a.ActorName).HasMaxLength(200);
            audit.Property(a => a.Action).HasMaxLength(4000); // a status change carries the §4 notes (7 × 500)
            audit.Property(a => a.Reason).HasMaxLength(2000);
            audit.HasIndex(a => new { a.AssociationId, a.At });
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
