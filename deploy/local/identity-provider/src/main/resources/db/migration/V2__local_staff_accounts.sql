-- LOCAL ONLY. Accounts for trying the system on one's own machine and for its tests. Every one
-- has the password "civic-local-2026" (documented in this module's README); only its bcrypt hash
-- (cost 10, one salt per account) is stored here. This module never runs in production, where the
-- city's Keycloak holds the staff (see deploy/keycloak).
INSERT INTO staff_account (username, display_name, password_hash, department, active) VALUES
    ('operator.chen',        '陈静', '$2a$10$LcbIfBvMDI6jUoRNO9RF9OsRPMxNkKAKdmtJoNz.odMI.QRrzqxCy', NULL,               TRUE),
    ('handler.urban',        '王立', '$2a$10$cuSGL4fJPqEnODQNCEodbOMxw/fNVHBeTlyaCuiVT7JqXMIyyK3we', 'urban-management', TRUE),
    ('supervisor.urban',     '刘洋', '$2a$10$jJSf7Ls8DzQNpeJvblJGTeUWOzjfA4qgLLC/Wv4tQxvPWq.ACdB8.', 'urban-management', TRUE),
    ('handler.water',        '赵敏', '$2a$10$0FTBGOGUlJxOFnE7ramqre2wLcjdfg3EUn.DcInxtAEImAX966q7i', 'water-affairs',    TRUE),
    ('supervisor.water',     '孙强', '$2a$10$UlYISUiqRSN/jHPBIAMQWOV5ldXgipKSSDvGMYTv5SckaedDWJkie', 'water-affairs',    TRUE),
    ('handler.transport',    '吴磊', '$2a$10$wOdqHcfoq1uBbn18ufET8.6Q5IAgNRr9Je.xA.yDewDR0kCYaZyX2', 'transport',        TRUE),
    ('supervisor.transport', '郑华', '$2a$10$bbLzwv5uuwHNXJNmdSNBs.IBTTLRPu/ZmBZ11JBeIpkeIEAqFm2P2', 'transport',        TRUE),
    ('inspector.li',         '李明', '$2a$10$QTfymbk4EugT4HGW2AdQrOfCPD.nhjkMYHG/5MiNTQiF46Q4KYBES', NULL,               TRUE),
    ('admin.zhou',           '周涛', '$2a$10$7o.xcVP4ztcMU94Vjh6uUuDnllDQQAHplDsQEAASRJ2JwMG05F90a', NULL,               TRUE);

INSERT INTO staff_account_role (username, role) VALUES
    ('operator.chen',        'operator'),
    ('handler.urban',        'handler'),
    ('supervisor.urban',     'supervisor'),
    ('handler.water',        'handler'),
    ('supervisor.water',     'supervisor'),
    ('handler.transport',    'handler'),
    ('supervisor.transport', 'supervisor'),
    ('inspector.li',         'inspector'),
    ('admin.zhou',           'admin');
