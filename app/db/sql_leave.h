/* sql_leave.h - statements of the leave area, as X(id, writes, sql).
 * Days cross as day numbers since 1970-01-01 (DATEDIFF / DATE_ADD). */
#ifndef LIAISON_SQL_LEAVE_H
#define LIAISON_SQL_LEAVE_H

#define LV_DAY "DATE_ADD('1970-01-01', INTERVAL ? DAY)"

#define SQL_LEAVE(X) \
	/* leave types */ \
	X(ST_LV_TYPES, 0, "SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance" \
	    " FROM leave_types WHERE active = 1 ORDER BY sort, code") \
	X(ST_LV_TYPE, 0, "SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance" \
	    " FROM leave_types WHERE code = ? AND active = 1") \
	/* leave requests */ \
	X(ST_LV_SAVE, 1, "REPLACE INTO leave_requests (request_id, user_id, kind, counted_as, first_day, first_part," \
	    " last_day, last_part, slot_start, slot_end, halfdays, reason, statement, has_cert)" \
	    " VALUES (?, ?, ?, ?, " LV_DAY ", ?, " LV_DAY ", ?, ?, ?, ?, ?, ?, ?)") \
	X(ST_LV_GET, 0, "SELECT user_id, kind, counted_as, DATEDIFF(first_day, '1970-01-01'), first_part," \
	    " DATEDIFF(last_day, '1970-01-01'), last_part, slot_start, slot_end, halfdays, reason, statement, has_cert," \
	    " UNIX_TIMESTAMP(cert_added_at), UNIX_TIMESTAMP(ended_early_at) FROM leave_requests WHERE request_id = ?") \
	X(ST_LV_LOCK_USER, 1, "SELECT id FROM users WHERE id = ? FOR UPDATE") \
	X(ST_LV_OVERLAP, 0, "SELECT r.number FROM leave_requests l JOIN requests r ON r.id = l.request_id" \
	    " WHERE l.user_id = ? AND l.request_id <> ? AND r.state IN ('in_approval', 'approved')" \
	    " AND l.slot_start <= ? AND l.slot_end >= ? ORDER BY r.id LIMIT 1") \
	X(ST_LV_USED, 0, "SELECT COALESCE(SUM(IF(r.state = 'approved', l.halfdays, 0)), 0)," \
	    " COALESCE(SUM(IF(r.state = 'in_approval', l.halfdays, 0)), 0) FROM leave_requests l" \
	    " JOIN requests r ON r.id = l.request_id WHERE l.user_id = ? AND l.kind = ? AND l.request_id <> ?" \
	    " AND YEAR(l.first_day) = ? AND r.state IN ('in_approval', 'approved')") \
	X(ST_LV_ENTITLED, 0, "SELECT halfdays FROM leave_balances WHERE user_id = ? AND year = ? AND code = ?") \
	X(ST_LV_USER, 0, "SELECT DATEDIFF(work_start, '1970-01-01'), salary_fen, dept_id, display_name FROM users" \
	    " WHERE id = ?") \
	X(ST_LV_SET_CERT, 1, "UPDATE leave_requests SET has_cert = 1, counted_as = kind," \
	    " cert_added_at = FROM_UNIXTIME(?) WHERE request_id = ?") \
	X(ST_LV_END_EARLY, 1, "UPDATE leave_requests SET last_day = " LV_DAY ", last_part = ?, slot_end = ?," \
	    " halfdays = ?, counted_as = ?, ended_early_at = FROM_UNIXTIME(?) WHERE request_id = ?") \
	/* outings (LV-11) */ \
	X(ST_OUT_SAVE, 1, "REPLACE INTO outing_requests (request_id, user_id, destination, purpose, from_at, to_at," \
	    " companions) VALUES (?, ?, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), ?)") \
	X(ST_OUT_GET, 0, "SELECT user_id, destination, purpose, UNIX_TIMESTAMP(from_at), UNIX_TIMESTAMP(to_at)," \
	    " companions, UNIX_TIMESTAMP(back_at) FROM outing_requests WHERE request_id = ?") \
	X(ST_OUT_NOW, 0, "SELECT r.id, r.number, u.display_name, d.name, o.destination, o.purpose," \
	    " UNIX_TIMESTAMP(o.from_at), UNIX_TIMESTAMP(o.to_at), o.companions FROM outing_requests o" \
	    " JOIN requests r ON r.id = o.request_id JOIN users u ON u.id = o.user_id JOIN departments d ON d.id = r.dept_id" \
	    " WHERE r.state = 'approved' AND o.back_at IS NULL AND o.from_at <= FROM_UNIXTIME(?)" \
	    " AND o.to_at > FROM_UNIXTIME(?) ORDER BY o.from_at, r.id LIMIT 500") \
	X(ST_OUT_REGISTER, 0, "SELECT r.number, u.display_name, d.name, o.destination, o.purpose," \
	    " UNIX_TIMESTAMP(o.from_at), UNIX_TIMESTAMP(o.to_at), o.companions, UNIX_TIMESTAMP(o.back_at), r.state," \
	    " (SELECT a2.display_name FROM step_assignees sa JOIN users a2 ON a2.id = sa.user_id" \
	    "  WHERE sa.request_id = r.id AND sa.state = 'approved' ORDER BY sa.id LIMIT 1)" \
	    " FROM outing_requests o JOIN requests r ON r.id = o.request_id JOIN users u ON u.id = o.user_id" \
	    " JOIN departments d ON d.id = r.dept_id WHERE o.from_at >= FROM_UNIXTIME(?) AND o.from_at < FROM_UNIXTIME(?)" \
	    " AND (? = 0 OR r.dept_id = ?) AND r.state IN ('in_approval', 'approved')" \
	    " ORDER BY o.from_at, r.id LIMIT 2000") \
	X(ST_OUT_BACK, 1, "UPDATE outing_requests SET back_at = FROM_UNIXTIME(?) WHERE request_id = ? AND back_at IS NULL") \
	/* attendance (LV-07..LV-10) */ \
	X(ST_ATD_DEPT_USERS, 0, "SELECT id, login, display_name, salary_fen FROM users WHERE dept_id = ? AND active = 1" \
	    " ORDER BY id") \
	X(ST_ATD_DAY, 0, "SELECT a.user_id, a.status, a.late_min, a.meeting, a.shuttle, a.absent_halfdays, a.clock_in" \
	    " FROM attendance a JOIN users u ON u.id = a.user_id WHERE u.dept_id = ? AND a.day = " LV_DAY) \
	X(ST_ATD_GET_LOCK, 1, "SELECT status, late_min, meeting, shuttle, absent_halfdays, clock_in FROM attendance" \
	    " WHERE user_id = ? AND day = " LV_DAY " FOR UPDATE") \
	X(ST_ATD_PUT, 1, "INSERT INTO attendance (user_id, day, status, late_min, meeting, shuttle, absent_halfdays," \
	    " clock_in, updated_by, updated_at) VALUES (?, " LV_DAY ", ?, ?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?))" \
	    " ON DUPLICATE KEY UPDATE status = VALUES(status), late_min = VALUES(late_min), meeting = VALUES(meeting)," \
	    " shuttle = VALUES(shuttle), absent_halfdays = VALUES(absent_halfdays), clock_in = VALUES(clock_in)," \
	    " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)") \
	X(ST_ATD_LOGIN, 0, "SELECT id, active FROM users WHERE login = ?") \
	X(ST_ATD_RANGE, 0, "SELECT a.user_id, DATEDIFF(a.day, '1970-01-01'), a.status, a.late_min, a.meeting, a.shuttle," \
	    " a.absent_halfdays FROM attendance a JOIN users u ON u.id = a.user_id" \
	    " WHERE u.dept_id = ? AND a.day >= " LV_DAY " AND a.day <= " LV_DAY " ORDER BY a.user_id, a.day") \
	X(ST_ATD_LEAVES, 0, "SELECT l.user_id, l.counted_as, l.slot_start, l.slot_end, COALESCE(t.deduct_bp, 0)" \
	    " FROM leave_requests l JOIN requests r ON r.id = l.request_id JOIN users u ON u.id = l.user_id" \
	    " LEFT JOIN leave_types t ON t.code = l.counted_as WHERE u.dept_id = ? AND r.state = 'approved'" \
	    " AND l.slot_start <= ? AND l.slot_end >= ? ORDER BY l.user_id, l.slot_start") \
	/* the work calendar (LV-01) */ \
	X(ST_CAL_YEAR, 0, "SELECT DATEDIFF(day, '1970-01-01'), kind, name FROM calendar_days" \
	    " WHERE day >= " LV_DAY " AND day <= " LV_DAY " ORDER BY day") \
	X(ST_CAL_PUT, 1, "REPLACE INTO calendar_days (day, kind, name) VALUES (" LV_DAY ", ?, ?)") \
	X(ST_CAL_GET, 1, "SELECT kind, name FROM calendar_days WHERE day = " LV_DAY " FOR UPDATE") \
	X(ST_CAL_DEL, 1, "DELETE FROM calendar_days WHERE day = " LV_DAY) \
	/* leave types and balances kept by admins (leave_types_admin.c) */ \
	X(ST_LVT_ALL, 0, "SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance, sort, active" \
	    " FROM leave_types ORDER BY sort, code") \
	X(ST_LVT_GET, 0, "SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance, sort, active" \
	    " FROM leave_types WHERE code = ?") \
	X(ST_LVT_LOCK, 1, "SELECT code, name, name_en, notice, max_days, cert_days, deduct_bp, uses_balance, sort, active" \
	    " FROM leave_types WHERE code = ? FOR UPDATE") \
	X(ST_LVT_INSERT, 1, "INSERT INTO leave_types (code, name, name_en, notice, max_days, cert_days, deduct_bp," \
	    " uses_balance, sort, active) SELECT ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(sort), 0) + 1, 1 FROM leave_types") \
	X(ST_LVT_UPDATE, 1, "UPDATE leave_types SET name = ?, name_en = ?, notice = ?, max_days = ?, cert_days = ?," \
	    " deduct_bp = ?, uses_balance = ?, sort = ?, active = ? WHERE code = ?") \
	X(ST_LVT_BALANCE_TYPES, 0, "SELECT code, name, name_en, active FROM leave_types WHERE uses_balance = 1" \
	    " ORDER BY sort, code") \
	X(ST_LVB_LIST, 0, "SELECT u.id, u.login, u.display_name, d.name, DATEDIFF(u.work_start, '1970-01-01'), b.halfdays," \
	    " COALESCE(SUM(IF(r.state = 'approved', l.halfdays, 0)), 0)," \
	    " COALESCE(SUM(IF(r.state = 'in_approval', l.halfdays, 0)), 0)" \
	    " FROM users u JOIN departments d ON d.id = u.dept_id" \
	    " LEFT JOIN leave_balances b ON b.user_id = u.id AND b.year = ? AND b.code = ?" \
	    " LEFT JOIN leave_requests l ON l.user_id = u.id AND l.kind = ? AND YEAR(l.first_day) = ?" \
	    " LEFT JOIN requests r ON r.id = l.request_id AND r.state IN ('in_approval', 'approved')" \
	    " WHERE u.active = 1 AND (? = 0 OR u.dept_id = ?)" \
	    " GROUP BY u.id, u.login, u.display_name, d.name, u.work_start, b.halfdays, u.dept_id" \
	    " ORDER BY u.dept_id, u.id LIMIT 2000") \
	X(ST_LVB_LOCK, 1, "SELECT halfdays FROM leave_balances WHERE user_id = ? AND year = ? AND code = ? FOR UPDATE") \
	X(ST_LVB_PUT, 1, "REPLACE INTO leave_balances (user_id, year, code, halfdays) VALUES (?, ?, ?, ?)") \
	X(ST_LVB_DEL, 1, "DELETE FROM leave_balances WHERE user_id = ? AND year = ? AND code = ?") \
	X(ST_LVB_USER, 0, "SELECT login, display_name FROM users WHERE id = ?")

#endif
