-- Until accounts and roles arrive, every change is attributed to one local user.
INSERT INTO `users` (`id`, `username`, `display_name`, `role`) VALUES (1, 'lokal', 'Pengguna lokal', 'admin');
