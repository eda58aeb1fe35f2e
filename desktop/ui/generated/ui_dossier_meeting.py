# Generated from forms/dossier_meeting.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_DossierMeetingPage(object):
    def setupUi(self, DossierMeetingPage):
        if not DossierMeetingPage.objectName():
            DossierMeetingPage.setObjectName(u"DossierMeetingPage")
        DossierMeetingPage.resize(900, 640)
        self.meeting_layout = QVBoxLayout(DossierMeetingPage)
        self.meeting_layout.setObjectName(u"meeting_layout")
        self.meeting_standard_label = QLabel(DossierMeetingPage)
        self.meeting_standard_label.setObjectName(u"meeting_standard_label")
        self.meeting_standard_label.setWordWrap(True)

        self.meeting_layout.addWidget(self.meeting_standard_label)

        self.meeting_top = QHBoxLayout()
        self.meeting_top.setObjectName(u"meeting_top")
        self.meeting_title_label = QLabel(DossierMeetingPage)
        self.meeting_title_label.setObjectName(u"meeting_title_label")

        self.meeting_top.addWidget(self.meeting_title_label)

        self.meeting_top_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meeting_top.addItem(self.meeting_top_spacer)

        self.new_meeting_button = QPushButton(DossierMeetingPage)
        self.new_meeting_button.setObjectName(u"new_meeting_button")

        self.meeting_top.addWidget(self.new_meeting_button)

        self.export_ics_button = QPushButton(DossierMeetingPage)
        self.export_ics_button.setObjectName(u"export_ics_button")

        self.meeting_top.addWidget(self.export_ics_button)

        self.print_packet_button = QPushButton(DossierMeetingPage)
        self.print_packet_button.setObjectName(u"print_packet_button")

        self.meeting_top.addWidget(self.print_packet_button)

        self.save_meeting_button = QPushButton(DossierMeetingPage)
        self.save_meeting_button.setObjectName(u"save_meeting_button")

        self.meeting_top.addWidget(self.save_meeting_button)


        self.meeting_layout.addLayout(self.meeting_top)

        self.meeting_tabs = QTabWidget(DossierMeetingPage)
        self.meeting_tabs.setObjectName(u"meeting_tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_layout = QVBoxLayout(self.details_tab)
        self.details_layout.setObjectName(u"details_layout")
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.details_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.kind_combo_label = QLabel(self.details_tab)
        self.kind_combo_label.setObjectName(u"kind_combo_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_combo_label)

        self.kind_combo = QComboBox(self.details_tab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.day_edit_label = QLabel(self.details_tab)
        self.day_edit_label.setObjectName(u"day_edit_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.day_edit_label)

        self.day_edit = QDateEdit(self.details_tab)
        self.day_edit.setObjectName(u"day_edit")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.day_edit)

        self.start_edit_label = QLabel(self.details_tab)
        self.start_edit_label.setObjectName(u"start_edit_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_edit_label)

        self.start_edit = QTimeEdit(self.details_tab)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setDisplayFormat(u"HH:mm")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.duration_spin_label = QLabel(self.details_tab)
        self.duration_spin_label.setObjectName(u"duration_spin_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.duration_spin_label)

        self.duration_spin = QSpinBox(self.details_tab)
        self.duration_spin.setObjectName(u"duration_spin")
        self.duration_spin.setMinimum(15)
        self.duration_spin.setMaximum(720)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(90)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.duration_spin)

        self.place_edit_label = QLabel(self.details_tab)
        self.place_edit_label.setObjectName(u"place_edit_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_edit_label)

        self.place_edit = QLineEdit(self.details_tab)
        self.place_edit.setObjectName(u"place_edit")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.content_edit_label = QLabel(self.details_tab)
        self.content_edit_label.setObjectName(u"content_edit_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.content_edit_label)

        self.content_edit = QPlainTextEdit(self.details_tab)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMaximumSize(QSize(16777215, 60))

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.content_edit)

        self.status_combo_label = QLabel(self.details_tab)
        self.status_combo_label.setObjectName(u"status_combo_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_combo_label)

        self.status_combo = QComboBox(self.details_tab)
        self.status_combo.setObjectName(u"status_combo")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_combo)


        self.details_layout.addLayout(self.details_form)

        self.attendees_label = QLabel(self.details_tab)
        self.attendees_label.setObjectName(u"attendees_label")

        self.details_layout.addWidget(self.attendees_label)

        self.attendees_table = QTableWidget(self.details_tab)
        self.attendees_table.setObjectName(u"attendees_table")
        self.attendees_table.setAlternatingRowColors(True)

        self.details_layout.addWidget(self.attendees_table)

        self.meeting_tabs.addTab(self.details_tab, "")
        self.team_tab = QWidget()
        self.team_tab.setObjectName(u"team_tab")
        self.team_layout = QVBoxLayout(self.team_tab)
        self.team_layout.setObjectName(u"team_layout")
        self.rank_check_label = QLabel(self.team_tab)
        self.rank_check_label.setObjectName(u"rank_check_label")
        self.rank_check_label.setWordWrap(True)

        self.team_layout.addWidget(self.rank_check_label)

        self.team_table = QTableWidget(self.team_tab)
        self.team_table.setObjectName(u"team_table")
        self.team_table.setAlternatingRowColors(True)

        self.team_layout.addWidget(self.team_table)

        self.team_buttons = QHBoxLayout()
        self.team_buttons.setObjectName(u"team_buttons")
        self.staff_combo = QComboBox(self.team_tab)
        self.staff_combo.setObjectName(u"staff_combo")

        self.team_buttons.addWidget(self.staff_combo)

        self.add_member_button = QPushButton(self.team_tab)
        self.add_member_button.setObjectName(u"add_member_button")

        self.team_buttons.addWidget(self.add_member_button)

        self.remove_member_button = QPushButton(self.team_tab)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.team_buttons.addWidget(self.remove_member_button)

        self.team_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.team_buttons.addItem(self.team_spacer)


        self.team_layout.addLayout(self.team_buttons)

        self.meeting_tabs.addTab(self.team_tab, "")
        self.materials_tab = QWidget()
        self.materials_tab.setObjectName(u"materials_tab")
        self.materials_layout = QVBoxLayout(self.materials_tab)
        self.materials_layout.setObjectName(u"materials_layout")
        self.materials_label = QLabel(self.materials_tab)
        self.materials_label.setObjectName(u"materials_label")

        self.materials_layout.addWidget(self.materials_label)

        self.materials_list = QListWidget(self.materials_tab)
        self.materials_list.setObjectName(u"materials_list")
        self.materials_list.setMaximumSize(QSize(16777215, 150))

        self.materials_layout.addWidget(self.materials_list)

        self.material_buttons = QHBoxLayout()
        self.material_buttons.setObjectName(u"material_buttons")
        self.own_material_edit = QLineEdit(self.materials_tab)
        self.own_material_edit.setObjectName(u"own_material_edit")

        self.material_buttons.addWidget(self.own_material_edit)

        self.add_material_button = QPushButton(self.materials_tab)
        self.add_material_button.setObjectName(u"add_material_button")

        self.material_buttons.addWidget(self.add_material_button)

        self.remove_material_button = QPushButton(self.materials_tab)
        self.remove_material_button.setObjectName(u"remove_material_button")

        self.material_buttons.addWidget(self.remove_material_button)


        self.materials_layout.addLayout(self.material_buttons)

        self.agenda_label = QLabel(self.materials_tab)
        self.agenda_label.setObjectName(u"agenda_label")

        self.materials_layout.addWidget(self.agenda_label)

        self.agenda_table = QTableWidget(self.materials_tab)
        self.agenda_table.setObjectName(u"agenda_table")
        self.agenda_table.setAlternatingRowColors(True)

        self.materials_layout.addWidget(self.agenda_table)

        self.agenda_buttons = QHBoxLayout()
        self.agenda_buttons.setObjectName(u"agenda_buttons")
        self.add_step_button = QPushButton(self.materials_tab)
        self.add_step_button.setObjectName(u"add_step_button")

        self.agenda_buttons.addWidget(self.add_step_button)

        self.remove_step_button = QPushButton(self.materials_tab)
        self.remove_step_button.setObjectName(u"remove_step_button")

        self.agenda_buttons.addWidget(self.remove_step_button)

        self.template_button = QPushButton(self.materials_tab)
        self.template_button.setObjectName(u"template_button")

        self.agenda_buttons.addWidget(self.template_button)

        self.agenda_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agenda_buttons.addItem(self.agenda_spacer)


        self.materials_layout.addLayout(self.agenda_buttons)

        self.meeting_tabs.addTab(self.materials_tab, "")

        self.meeting_layout.addWidget(self.meeting_tabs)

#if QT_CONFIG(shortcut)
        self.kind_combo_label.setBuddy(self.kind_combo)
        self.day_edit_label.setBuddy(self.day_edit)
        self.start_edit_label.setBuddy(self.start_edit)
        self.duration_spin_label.setBuddy(self.duration_spin)
        self.place_edit_label.setBuddy(self.place_edit)
        self.content_edit_label.setBuddy(self.content_edit)
        self.status_combo_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierMeetingPage)

        self.meeting_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DossierMeetingPage)
    # setupUi

    def retranslateUi(self, DossierMeetingPage):
        DossierMeetingPage.setWindowTitle(QCoreApplication.translate("DossierMeetingPage", u"The meeting", None))
        self.meeting_standard_label.setText("")
        self.meeting_title_label.setText(QCoreApplication.translate("DossierMeetingPage", u"No meeting yet", None))
        self.new_meeting_button.setText(QCoreApplication.translate("DossierMeetingPage", u"New meeting", None))
        self.export_ics_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Export to calendar\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_packet_button.setToolTip(QCoreApplication.translate("DossierMeetingPage", u"One copy of the negotiation packet for every member of our team", None))
#endif // QT_CONFIG(tooltip)
        self.print_packet_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Print packets\u2026", None))
        self.save_meeting_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Save meeting", None))
        self.kind_combo_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Kind", None))
        self.day_edit_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Date", None))
        self.start_edit_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Start time", None))
        self.duration_spin_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Duration (minutes)", None))
        self.place_edit_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Place", None))
        self.content_edit_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Content", None))
        self.content_edit.setPlaceholderText(QCoreApplication.translate("DossierMeetingPage", u"What the meeting is to settle", None))
        self.status_combo_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Status", None))
        self.attendees_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Their side: invite and confirm", None))
        self.meeting_tabs.setTabText(self.meeting_tabs.indexOf(self.details_tab), QCoreApplication.translate("DossierMeetingPage", u"When and where", None))
        self.rank_check_label.setText("")
        self.add_member_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Add member", None))
        self.remove_member_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Remove member", None))
        self.meeting_tabs.setTabText(self.meeting_tabs.indexOf(self.team_tab), QCoreApplication.translate("DossierMeetingPage", u"Our team", None))
        self.materials_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Materials checklist (tick when ready)", None))
        self.own_material_edit.setPlaceholderText(QCoreApplication.translate("DossierMeetingPage", u"An item of our own", None))
        self.add_material_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Add item", None))
        self.remove_material_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Remove item", None))
        self.agenda_label.setText(QCoreApplication.translate("DossierMeetingPage", u"Agenda (with each step's standard)", None))
        self.add_step_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Add step", None))
        self.remove_step_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Remove step", None))
        self.template_button.setText(QCoreApplication.translate("DossierMeetingPage", u"Use the kind's template", None))
        self.meeting_tabs.setTabText(self.meeting_tabs.indexOf(self.materials_tab), QCoreApplication.translate("DossierMeetingPage", u"Materials and agenda", None))
    # retranslateUi

