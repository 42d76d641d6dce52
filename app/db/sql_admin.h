/* sql_admin.h - statements of the admin area and the account page, as X(id, writes, sql). */
#ifndef LIAISON_SQL_ADMIN_H
#define LIAISON_SQL_ADMIN_H

#define SQL_ADMIN(X) \
	/* departments */ \
	X(ST_DEPT_INSERT, 1, "INSERT INTO departments (name, name_en, parent_id, created_at) VALUES (?, ?, ?, FROM_UNIXTIME(?))") \
	X(ST_DEPT_SET_HEAD, 1, "UPDATE departments SET head_id = ? WHERE id = ?") \
	X(ST_DEPT_UPDATE, 1, "UPDATE departments SET name = ?, name_en = ?, head_id = ?, parent_id = ? WHERE id = ?") \
	X(ST_DEPT_GET, 0, "SELECT id, name, name_en, head_id, parent_id FROM departments WHERE id = ?") \
	X(ST_DEPT_LIST, 0, "SELECT d.id, d.name, d.name_en, d.head_id, h.display_name, d.parent_id, p.name," \
	    " (SELECT COUNT(*) FROM users x WHERE x.dept_id = d.id AND x.active = 1)" \
	    " FROM departments d LEFT JOIN users h ON h.id = d.head_id LEFT JOIN departments p ON p.id = d.parent_id" \
	    " ORDER BY d.id") \
	/* users */ \
	X(ST_USER_COUNT, 0, "SELECT COUNT(*) FROM users") \
	X(ST_USER_INSERT, 1, "INSERT INTO users (login, display_name, email, dept_id, superior_id, roles, can_sign," \
	    " salary_fen, work_start, lang, active, pw_hash, must_change_pw, created_at, updated_at)" \
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?))") \
	X(ST_USER_GET, 0, "SELECT id, login, display_name, email, dept_id, superior_id, roles, can_sign, salary_fen," \
	    " DATE_FORMAT(work_start, '%Y-%m-%d'), lang, active, must_change_pw FROM users WHERE id = ?") \
	X(ST_USER_UPDATE, 1, "UPDATE users SET display_name = ?, email = ?, dept_id = ?, superior_id = ?, roles = ?," \
	    " can_sign = ?, work_start = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_SALARY_LIST, 0, "SELECT u.id, u.login, u.display_name, d.name, u.salary_fen FROM users u" \
	    " JOIN departments d ON d.id = u.dept_id WHERE u.active = 1 ORDER BY u.dept_id, u.id LIMIT ? OFFSET ?") \
	X(ST_SALARY_COUNT, 0, "SELECT COUNT(*) FROM users WHERE active = 1") \
	X(ST_SALARY_SET, 1, "UPDATE users SET salary_fen = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ? AND active = 1") \
	X(ST_USER_SET_ACTIVE, 1, "UPDATE users SET active = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_USER_SET_PROFILE, 1, "UPDATE users SET email = ?, lang = ?, updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_USER_LOCK, 1, "SELECT id, roles, active, superior_id FROM users WHERE id = ? FOR UPDATE") \
	X(ST_ADMINS_LOCK, 1, "SELECT id FROM users WHERE active = 1 AND (roles & 512) <> 0 FOR UPDATE") \
	X(ST_USER_SEARCH_COUNT, 0, "SELECT COUNT(*) FROM users u WHERE (? = '' OR u.login LIKE ? OR u.display_name LIKE ?)" \
	    " AND (? = 0 OR u.dept_id = ?)") \
	X(ST_USER_SEARCH, 0, "SELECT u.id, u.login, u.display_name, d.name, u.roles, u.active, s.display_name" \
	    " FROM users u JOIN departments d ON d.id = u.dept_id LEFT JOIN users s ON s.id = u.superior_id" \
	    " WHERE (? = '' OR u.login LIKE ? OR u.display_name LIKE ?) AND (? = 0 OR u.dept_id = ?)" \
	    " ORDER BY u.id LIMIT ? OFFSET ?") \
	X(ST_ROSTER_GEN, 0, "SELECT roster FROM cache_gen WHERE id = 1") \
	X(ST_USER_OPTIONS, 0, "SELECT id, display_name, login FROM users WHERE active = 1 ORDER BY dept_id, id") \
	X(ST_USER_LOGINS, 0, "SELECT UNIX_TIMESTAMP(at), action, ip FROM audit WHERE actor_id = ?" \
	    " AND action IN ('login_ok', 'login_fail') ORDER BY id DESC LIMIT 10") \
	/* audit viewer */ \
	X(ST_AUDIT_COUNT, 0, "SELECT COUNT(*) FROM audit a WHERE (? = 0 OR a.actor_id = ?) AND (? = '' OR a.object_type = ?)" \
	    " AND (? = 0 OR a.object_id = ?) AND (? = '' OR a.action = ?) AND a.at >= FROM_UNIXTIME(?) AND a.at < FROM_UNIXTIME(?)") \
	X(ST_AUDIT_LIST, 0, "SELECT a.id, UNIX_TIMESTAMP(a.at), a.actor_id, u.display_name, a.action, a.object_type," \
	    " a.object_id, a.detail, a.ip, a.via FROM audit a LEFT JOIN users u ON u.id = a.actor_id" \
	    " WHERE (? = 0 OR a.actor_id = ?) AND (? = '' OR a.object_type = ?) AND (? = 0 OR a.object_id = ?)" \
	    " AND (? = '' OR a.action = ?) AND a.at >= FROM_UNIXTIME(?) AND a.at < FROM_UNIXTIME(?)" \
	    " ORDER BY a.id DESC LIMIT ? OFFSET ?")

#endif
