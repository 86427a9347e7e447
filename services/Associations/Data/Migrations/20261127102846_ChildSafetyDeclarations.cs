using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Associations.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChildSafetyDeclarations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "child_safety_lapsed",
                table: "associations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "last_child_safety_year",
                table: "associations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "child_safety_declarations",
                columns: table => new
                {
                    association_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    declared_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declared_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_safety_declarations", x => new { x.association_id, x.year });
                    table.ForeignKey(
                        name: "fk_child_safety_declarations_associations_association_id",
                        column: x => x.association_id,
                        principalTable: "associations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_safety_declarations");

            migrationBuilder.DropColumn(
                name: "child_safety_lapsed",
                table: "associations");

            migrationBuilder.DropColumn(
                name: "last_child_safety_year",
                table: "associations");
        }
    }
}
