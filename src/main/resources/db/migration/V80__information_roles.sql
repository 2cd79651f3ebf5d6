-- The information work (政务信息报送与考评) brings two roles: a unit's information officer (信息员) and
-- the government office's information section (信息科). Neither is an administrator role (三员分立
-- is unchanged).
alter table staff_user_role drop constraint staff_user_role_role_check;
alter table staff_user_role add constraint staff_user_role_role_check
    check (role in ('EDITOR', 'OFFICER', 'REVIEWER', 'LEADER', 'ADMIN', 'SECURITY_ADMIN', 'AUDITOR',
                    'INFO_OFFICER', 'INFO_EDITOR'));
