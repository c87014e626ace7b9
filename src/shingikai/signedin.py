"""The signed-in user, loaded once per request with the rows that give their role.

Every signed-in page asks `access` for the user's staff row (事務局・担当課) with its department and for their
member row (委員); loaded on their own they were two more queries on every page. The four rows come from one
statement, written once per database alias: through the ORM (`select_related`), building it cost about ten times
what the database takes to answer it, on every page.
"""
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connections, router


def _roles_statement(connection):
    """(SQL, [(model, field names, [(index, converter, column)])]) of the user and their staff, department and
    member rows, in that order, each model's columns as its concrete fields; an absent row reads as NULLs. The last
    three columns are how many councils the staff row runs (Staff.secretariat_councils), the first of them and its
    city."""
    from shingikai.councils.models import Council, Department, Person, Staff

    user_model = get_user_model()
    name = connection.ops.quote_name
    tables = ((user_model, "u"), (Staff, "s"), (Department, "d"), (Person, "p"))
    columns, shapes = [], []
    for model, alias in tables:
        fields = model._meta.concrete_fields
        columns += [f"{alias}.{name(f.column)}" for f in fields]
        # The converters the ORM applies to these columns (dates and booleans read back from SQLite, …).
        converters = []
        for n, f in enumerate(fields):
            col = f.get_col(alias)
            converters += [(n, convert, col) for convert in
                           connection.ops.get_db_converters(col) + f.get_db_converters(connection)]
        shapes.append((model, [f.attname for f in fields], converters))
    user_pk = name(user_model._meta.pk.column)
    # The councils the staff row runs: most run none or one, and need no further query (Staff.secretariat).
    through = Staff.secretariat_councils.through
    x_staff, x_council = (name(through._meta.get_field(f).column) for f in ("staff", "council"))
    runs = f"FROM {name(through._meta.db_table)} x WHERE x.{x_staff} = s.{name(Staff._meta.pk.column)}"
    first = f"(SELECT x.{x_council} {runs} ORDER BY x.{name(through._meta.pk.column)} LIMIT 1)"
    columns += [f"(SELECT COUNT(*) {runs})", first,
                f"(SELECT c.{name(Council._meta.get_field('municipality').column)} FROM {name(Council._meta.db_table)} c"
                f" WHERE c.{name(Council._meta.pk.column)} = {first})"]
    sql = (f"SELECT {', '.join(columns)} FROM {name(user_model._meta.db_table)} u"
           f" LEFT JOIN {name(Staff._meta.db_table)} s ON s.{name(Staff._meta.get_field('user').column)} = u.{user_pk}"
           f" LEFT JOIN {name(Department._meta.db_table)} d"
           f" ON d.{name(Department._meta.pk.column)} = s.{name(Staff._meta.get_field('department').column)}"
           f" LEFT JOIN {name(Person._meta.db_table)} p"
           f" ON p.{name(Person._meta.get_field('user').column)} = u.{user_pk}"
           f" WHERE u.{user_pk} = %s")
    return sql, shapes


_STATEMENTS = {}


def load_user_with_roles(user_id, using):
    """The user with `staff` (and its `department`) and `person` set as select_related sets them, or None."""
    from shingikai.councils.models import Person, Staff

    connection = connections[using]
    if using not in _STATEMENTS:
        _STATEMENTS[using] = _roles_statement(connection)
    sql, shapes = _STATEMENTS[using]
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id])
        row = cursor.fetchone()
    if row is None:
        return None
    objects, start = [], 0
    for model, names, converters in shapes:
        values = list(row[start:start + len(names)])
        start += len(names)
        if values[0] is None:  # the primary key: no such row
            objects.append(None)
            continue
        for n, convert, col in converters:
            values[n] = convert(values[n], col, connection)
        objects.append(model.from_db(using, names, values))
    user, staff, department, person = objects
    user_model = get_user_model()
    user_model.staff.related.set_cached_value(user, staff)
    user_model.person.related.set_cached_value(user, person)
    if staff is not None:
        count, council, city = row[-3:]
        if count <= 1:
            staff._secretariat = (city, frozenset([council] if count else []))
        Staff.user.field.set_cached_value(staff, user)
        Staff.department.field.set_cached_value(staff, department)
    if person is not None:
        Person.user.field.set_cached_value(person, user)
    return user


class UserWithRolesBackend(ModelBackend):
    """Django's password check; the user loaded with their staff and member rows."""

    def get_user(self, user_id):
        user = load_user_with_roles(user_id, router.db_for_read(get_user_model()))
        if user is None or not self.user_can_authenticate(user):
            return None
        # The councils the member sits on, per day, for this request only (access.member_council_ids):
        # a page asks several times, and the object is loaded anew with the next request.
        user.member_councils_by_day = {}
        return user
